using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Supervision.Web.Common;

/// <summary>
/// The one way options are bound: from their configuration section, checked by their data annotations
/// (whose messages are Chinese and name the setting) when the app starts, so a wrong value stops the start
/// with a clear message instead of misbehaving later. <see cref="ValidateAtStart"/> runs the checks for a
/// command-line verb too, which never starts the host.
/// </summary>
public static class ValidatedOptions
{
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, string section)
        where TOptions : class
    {
        services.AddSingleton<IValidateOptions<TOptions>, AnnotationsValidator<TOptions>>();
        return services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
    }

    /// <summary>Checks every option registered with ValidateOnStart; throws with the Chinese messages of all failures.</summary>
    public static void ValidateAtStart(IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException e)
        {
            throw new InvalidOperationException($"配置有误，无法启动：{string.Join("；", e.Failures)}", e);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            var failures = e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(i => i.Failures);
            throw new InvalidOperationException($"配置有误，无法启动：{string.Join("；", failures)}", e);
        }
    }

    /// <summary>Like ValidateDataAnnotations, but the failure is the annotation's own (Chinese) message, without an English frame.</summary>
    private sealed class AnnotationsValidator<TOptions> : IValidateOptions<TOptions> where TOptions : class
    {
        public ValidateOptionsResult Validate(string? name, TOptions options)
        {
            var results = new List<ValidationResult>();
            return Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(results.Select(r => r.ErrorMessage ?? string.Join("、", r.MemberNames)));
        }
    }
}
