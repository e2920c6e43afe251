using Briefings.Parsing;

namespace Briefings.Cli;

/// <summary>Reads <c>--name value</c>, <c>--name=value</c> and <c>--flag</c> options and positional arguments.</summary>
internal sealed class ArgReader
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positionals = [];

    public ArgReader(IEnumerable<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags)
    {
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                _positionals.Add(arg);
                continue;
            }

            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? arg : arg[..eq];
            if (flags.Contains(name) && eq < 0)
            {
                _options[name] = null;
            }
            else if (valueOptions.Contains(name))
            {
                _options[name] = eq >= 0 ? arg[(eq + 1)..] : e.MoveNext() ? e.Current : throw new UsageException($"{name} needs a value");
            }
            else
            {
                throw new UsageException($"unknown option '{name}'{Suggest.DidYouMean(name, valueOptions.Concat(flags))}");
            }
        }
    }

    public IReadOnlyList<string> Positionals => _positionals;

    public string? Value(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _options.ContainsKey(name);
}
