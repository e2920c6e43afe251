namespace Briefings.Output;

/// <summary>
/// The output folder and its siblings — the staging folder, the kept previous site and the folder of their manifests
/// (<see cref="SiteManifest"/>, one per site folder, named as the folder's role) — as full paths.
/// </summary>
internal readonly record struct Folders
{
    public Folders(string outputDirectory)
    {
        Output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        Staging = Output + ".staging";
        Previous = Output + ".previous";
        Manifests = Output + ".manifests";
    }

    public string Output { get; }

    public string Staging { get; }

    public string Previous { get; }

    public string Manifests { get; }

    public string OutputManifest => Path.Combine(Manifests, "output");

    public string StagingManifest => Path.Combine(Manifests, "staging");

    public string PreviousManifest => Path.Combine(Manifests, "previous");
}
