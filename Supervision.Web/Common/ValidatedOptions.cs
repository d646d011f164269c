using System.ComponentModel;
using System.Reflection;

namespace Supervision.Web.Common;

/// <summary>
/// The one way options are bound: from their configuration section, checked when the app (or a command-line
/// verb) starts, so a wrong value stops the start with a clear Chinese message naming the setting instead of
/// misbehaving later. A value that is not even of the property's type (<c>Hall:Opening=abc</c> for a number)
/// is reported the same way rather than as the binder's English exception.
/// </summary>
/// <remarks>
/// A property's annotation message says what the value should be (<c>应为 1 到 3600 之间的秒数</c>); it is framed as
/// <c>配置 Section:Key 的值“…”无效：应为 …</c>. A failure of <see cref="IValidatableObject"/> without a member name is
/// taken as written (for rules across keys, or keys whose value is secret and must not be echoed).
/// </remarks>
public static class ValidatedOptions
{
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, string section)
        where TOptions : class
    {
        services.AddSingleton<IValidateOptions<TOptions>>(sp => new SectionValidator<TOptions>(sp.GetRequiredService<IConfiguration>().GetSection(section)));
        return services.AddOptions<TOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                // An unreadable value would make the binder throw in English; the validator reports it in Chinese.
                var values = configuration.GetSection(section);
                if (!Unreadable(typeof(TOptions), values).Any())
                {
                    values.Bind(options);
                }
            })
            .ValidateOnStart();
    }

    /// <summary>Builds the app and checks its settings (<see cref="ValidateAtStart"/>).</summary>
    /// <exception cref="InvalidConfigurationException">A setting has a wrong value.</exception>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        WebApplication app;
        try
        {
            app = builder.Build();
        }
        catch (OptionsValidationException e)
        {
            // A service the build itself resolves (the server) needed an option that failed.
            throw new InvalidConfigurationException(e.Failures, e);
        }
        ValidateAtStart(app.Services);
        return app;
    }

    /// <summary>Checks every option registered with ValidateOnStart; throws with the Chinese messages of all failures.</summary>
    /// <exception cref="InvalidConfigurationException">A setting has a wrong value.</exception>
    public static void ValidateAtStart(IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException e)
        {
            throw new InvalidConfigurationException(e.Failures, e);
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            throw new InvalidConfigurationException(e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(i => i.Failures), e);
        }
    }

    /// <summary>The standard wording of a wrong value: <c>配置 Hall:Opening 的值“25:00”无效：应为 HH:mm</c>.</summary>
    public static string Invalid(string key, string? value, string expected) => $"配置 {key} 的值“{value}”无效：{expected}";

    /// <summary>The settings of <paramref name="section"/> whose text the binder could not convert to their property's type.</summary>
    private static IEnumerable<string> Unreadable(Type type, IConfigurationSection section)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
        {
            var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var value = section[property.Name];
            if (target == typeof(string) || value is null)
            {
                continue;
            }
            var converter = TypeDescriptor.GetConverter(target);
            if (!converter.CanConvertFrom(typeof(string)) || (value.Length == 0 && target != property.PropertyType))
            {
                continue;
            }
            string? failure = null;
            try
            {
                converter.ConvertFromInvariantString(value);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException or OverflowException)
            {
                failure = Invalid($"{section.Path}:{property.Name}", value, Expected(target));
            }
            if (failure is not null)
            {
                yield return failure;
            }
        }
    }

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) => "应为整数",
        _ when type == typeof(double) || type == typeof(decimal) => "应为数字",
        _ when type == typeof(bool) => "应为 true 或 false",
        _ when type == typeof(DateTimeOffset) => "应为带时区的日期时间，如 2020-10-12T08:30:00+08:00",
        _ when type.IsEnum => $"应为 {string.Join("、", Enum.GetNames(type))} 之一",
        _ => $"应为 {type.Name} 类型的值",
    };

    /// <summary>
    /// Like ValidateDataAnnotations, with the failures framed as above and the unreadable values included
    /// (the binder left the options at their defaults for them).
    /// </summary>
    private sealed class SectionValidator<TOptions>(IConfigurationSection section) : IValidateOptions<TOptions> where TOptions : class
    {
        public ValidateOptionsResult Validate(string? name, TOptions options)
        {
            var failures = Unreadable(typeof(TOptions), section).ToList();
            var results = new List<ValidationResult>();
            if (failures.Count == 0 && !Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(r => Frame(r, options)));
            }
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        private string Frame(ValidationResult result, TOptions options)
        {
            if (result.MemberNames.SingleOrDefault() is not { } member)
            {
                return result.ErrorMessage ?? "";
            }
            // The text as configured; a default that fails (a rule across keys) as the value in force.
            var value = section[member] ?? Convert.ToString(typeof(TOptions).GetProperty(member)?.GetValue(options), CultureInfo.InvariantCulture);
            return Invalid($"{section.Path}:{member}", value, result.ErrorMessage ?? "");
        }
    }
}
