namespace Briefings.Output;

/// <summary>The output folder and its two siblings — the staging folder and the kept previous site — as full paths.</summary>
internal readonly record struct Folders
{
    public Folders(string outputDirectory)
    {
        Output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        Staging = Output + ".staging";
        Previous = Output + ".previous";
    }

    public string Output { get; }

    public string Staging { get; }

    public string Previous { get; }
}
