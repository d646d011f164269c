// Namespaces used across this project, in one place (see docs/architecture.md).
global using System.Globalization;
global using System.Net.Http.Headers;
global using Microsoft.AspNetCore.Hosting;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.Extensions.DependencyInjection;
global using Supervision.Domain.Events;
global using Supervision.Domain.Events.Json;
global using Supervision.Domain.Figures;
global using Supervision.Tests.Web.Ingestion;
global using Supervision.Web.Data;
global using Supervision.Web.Data.Entities;
global using Supervision.Web.Ingestion;
global using Supervision.Web.Ingestion.Store;
global using Supervision.Web.Queries.Figures;
global using Supervision.Web.Security.ApiKeys;
