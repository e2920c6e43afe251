namespace Briefings.Output;

/// <summary>One file of the built site: its path relative to the output folder (with '/') and its bytes.</summary>
internal sealed record OutputFile(string Path, byte[] Bytes);
