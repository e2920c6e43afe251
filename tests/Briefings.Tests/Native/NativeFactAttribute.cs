namespace Briefings.Tests.Native;

/// <summary>
/// A test of the native executable that <c>dotnet publish src/Briefings.Cli -c Release</c> makes (Native AOT), named by
/// <c>BRIEFINGS_NATIVE</c>. Skipped, with the reason, when that is not set on a developer machine; in CI (<c>CI</c>
/// set) it always runs, and fails if the executable is missing.
/// </summary>
public sealed class NativeFactAttribute : FactAttribute
{
    public NativeFactAttribute() => Skip = Support.SkipReasons.Note(NativeExecutable.SkipReason);
}

/// <summary>The <see cref="NativeFactAttribute"/> of a theory.</summary>
public sealed class NativeTheoryAttribute : TheoryAttribute
{
    public NativeTheoryAttribute() => Skip = Support.SkipReasons.Note(NativeExecutable.SkipReason);
}
