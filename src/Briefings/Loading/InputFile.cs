namespace Briefings.Loading;

/// <summary>One file of <c>input/</c>, read once: its path relative to the input folder (with '/'), and decoded text.</summary>
internal sealed record InputFile(string Path, string Text);
