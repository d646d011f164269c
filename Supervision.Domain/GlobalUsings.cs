// Namespaces used across this project, in one place (see docs/architecture.md).
global using System.Globalization;
global using System.Text;
global using System.Text.Json;
global using System.Text.RegularExpressions;
