namespace Briefings.Tests.Native;

/// <summary>
/// The native executable's tests run by themselves, after the others: each starts processes that use both cores. Run
/// beside the browser tests, a browser page load twice went past Playwright's 30 s timeout.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NativeCollection
{
    public const string Name = "native executable";
}
