using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Briefings.Tests.Integration;
using YamlDotNet.RepresentationModel;

namespace Briefings.Tests.Repository;

/// <summary>
/// The GitHub Actions workflows run what the README documents, give pull requests no write access, and deploy
/// Pages under the base URL the Pages configuration gives. (<c>.ci/run</c> also validates both files against the
/// workflow schema with action-validator.)
/// </summary>
public sealed partial class WorkflowTests
{
    private static readonly string Root = RealInputTests.RepoRoot();

    public static TheoryData<string> Workflows => new() { "ci.yml", "pages.yml" };

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Should_run_only_dotnet_commands_the_README_documents_When_a_workflow_runs(string workflow)
    {
        // Given the command lines in the README's code blocks
        var documented = ReadmeCommandLines();

        // When a workflow runs dotnet
        var runs = RunLines(Load(workflow)).Where(l => l.StartsWith("dotnet ", StringComparison.Ordinal)).ToList();

        // Then each command is written in the README as it is run; a value the workflow supplies ("$BASE_PATH")
        // stands for the one example value the README gives
        Assert.NotEmpty(runs);
        foreach (var run in runs)
        {
            var tokens = Tokens(run);
            var fixedPart = tokens.TakeWhile(t => !t.Contains('$', StringComparison.Ordinal)).ToList();
            var supplied = tokens.Count - fixedPart.Count;
            Assert.True(
                documented.Any(line => line.Count == fixedPart.Count + supplied && line.Take(fixedPart.Count).SequenceEqual(fixedPart)),
                $"{workflow} runs '{run}', which no code block of README.md shows");
        }
    }

    [Fact]
    public void Should_give_pull_requests_only_a_read_token_When_ci_runs()
    {
        var ci = Load("ci.yml");

        Assert.Equal(["pull_request", "push"], Keys(ci, "on"));
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, Scalars(Map(ci, "permissions")));
        Assert.All(Map(ci, "jobs").Children.Values.Cast<YamlMappingNode>(), job => Assert.False(job.Children.ContainsKey("permissions")));
        Assert.All(Steps(ci).Where(s => Uses(s).StartsWith("actions/checkout@", StringComparison.Ordinal)),
            s => Assert.Equal("false", Scalar(Map(s, "with"), "persist-credentials")));
    }

    [Fact]
    public void Should_build_under_the_repository_base_path_and_upload_the_site_When_ci_runs()
    {
        var ci = Load("ci.yml");
        var job = (YamlMappingNode)Map(ci, "jobs").Children.Values.Single();

        Assert.Equal("${{ github.event.repository.name == format('{0}.github.io', github.repository_owner) && '/' || format('/{0}/', github.event.repository.name) }}", Scalar(Map(job, "env"), "BASE_PATH"));
        Assert.Contains("dotnet run --project src/Briefings.Cli -- build --base-url \"$BASE_PATH\"", RunLines(ci));
        var links = Steps(ci).Single(s => Scalar(s, "run")?.Contains("SiteLinkCheckTests", StringComparison.Ordinal) == true);
        Assert.Equal("${{ env.BASE_PATH }}", Scalar(Map(links, "env"), "BRIEFINGS_BASE_PATH"));
        var upload = Steps(ci).Single(s => Action(s) == "actions/upload-artifact");
        Assert.Equal("_site/", Scalar(Map(upload, "with"), "path"));
    }

    [Fact]
    public void Should_deploy_only_from_main_with_a_pages_token_in_the_deploy_job_When_pages_runs()
    {
        var pages = Load("pages.yml");
        var jobs = Map(pages, "jobs");

        Assert.Equal(["push", "workflow_dispatch"], Keys(pages, "on"));
        Assert.Equal("main", ((YamlSequenceNode)Map(Map(pages, "on"), "push").Children[new YamlScalarNode("branches")]).Children.Single().ToString());
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read" }, Scalars(Map(pages, "permissions")));
        Assert.Equal(new Dictionary<string, string> { ["group"] = "pages", ["cancel-in-progress"] = "false" }, Scalars(Map(pages, "concurrency")));
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read", ["pages"] = "read" }, Scalars(Map(Map(jobs, "build"), "permissions")));

        var deploy = Map(jobs, "deploy");
        Assert.Equal("build", Scalar(deploy, "needs"));
        Assert.Equal(new Dictionary<string, string> { ["pages"] = "write", ["id-token"] = "write", ["contents"] = "read" }, Scalars(Map(deploy, "permissions")));
        Assert.Equal(new Dictionary<string, string> { ["name"] = "github-pages", ["url"] = "${{ steps.deployment.outputs.page_url }}" }, Scalars(Map(deploy, "environment")));
        var step = Assert.Single(((YamlSequenceNode)deploy.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>());
        Assert.Equal(("deployment", "actions/deploy-pages"), (Scalar(step, "id"), Action(step)));
    }

    [Fact]
    public void Should_build_under_the_base_url_that_configure_pages_gives_When_pages_runs()
    {
        var steps = Steps(Load("pages.yml")).ToList();

        var configure = steps.Single(s => Action(s) == "actions/configure-pages");
        Assert.Equal("pages", Scalar(configure, "id"));
        var build = steps.Single(s => Scalar(s, "run")?.Contains("-- build", StringComparison.Ordinal) == true);
        Assert.Equal("${{ steps.pages.outputs.base_url }}", Scalar(Map(build, "env"), "BASE_URL"));
        Assert.Equal("dotnet run --project src/Briefings.Cli -- build --base-url \"$BASE_URL/\"", Scalar(build, "run"));
        Assert.True(steps.IndexOf(configure) < steps.IndexOf(build));
        var upload = steps.Single(s => Action(s) == "actions/upload-pages-artifact");
        Assert.Equal("_site/", Scalar(Map(upload, "with"), "path"));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Should_set_up_the_sdk_global_json_names_When_a_workflow_runs(string workflow)
    {
        var steps = Steps(Load(workflow)).ToList();
        var sdk = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "global.json"))).RootElement.GetProperty("sdk").GetProperty("version").GetString()!;

        var setup = steps.Single(s => Uses(s).StartsWith("actions/setup-dotnet@", StringComparison.Ordinal));
        Assert.Equal(sdk.Split('.')[0] + ".0.x", Scalar(Map(setup, "with"), "dotnet-version"));
        Assert.Equal("true", Scalar(Map(setup, "with"), "cache"));
    }

    /// <summary>
    /// A tag can be moved to other code after review; a commit SHA cannot (OpenSSF Scorecard, Pinned-Dependencies).
    /// The comment names the release the SHA is, for readers and for Dependabot, which updates both together.
    /// </summary>
    [Theory]
    [MemberData(nameof(Workflows))]
    public void Should_pin_every_action_to_a_full_commit_sha_with_its_release_in_a_comment_When_a_workflow_runs(string workflow)
    {
        // Given every 'uses:' line of the workflow as written, and every step's 'uses' as parsed
        var lines = File.ReadLines(Path.Combine(Root, ".github", "workflows", workflow))
            .Select(l => UsesLine().Match(l)).Where(m => m.Success).Select(m => m.Groups["value"].Value).ToList();
        var parsed = Steps(Load(workflow)).Select(Uses).Where(u => u.Length > 0).ToList();

        // Then each is owner/repo@<40 hex digits> followed by '# v<major>.<minor>.<patch>', and no step uses an
        // action some other way (a quoted or folded value, a job-level 'uses')
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Matches(PinnedAction(), l));
        Assert.Equal(lines.Select(l => l.Split(' ')[0]), parsed);
    }

    public static TheoryData<string> Projects => [.. SolutionProjects()];

    /// <summary>
    /// Transitive packages are pinned too: each project's packages.lock.json (committed) records every package it
    /// restores with its content hash, and a restore in CI refuses a lock file that does not match the project.
    /// </summary>
    [Theory]
    [MemberData(nameof(Projects))]
    public void Should_pin_every_package_by_hash_in_a_lock_file_When_a_project_restores(string project)
    {
        // Given the project's package references and its lock file
        var csproj = XDocument.Load(Path.Combine(Root, project));
        var references = csproj.Descendants("PackageReference").Select(r => (string)r.Attribute("Include")!).ToList();
        var lockPath = Path.Combine(Root, Path.GetDirectoryName(project)!, "packages.lock.json");
        Assert.True(File.Exists(lockPath), $"{project} has no packages.lock.json next to it; run 'dotnet restore' and commit it");
        using var lockFile = JsonDocument.Parse(File.ReadAllText(lockPath));
        var targets = lockFile.RootElement.GetProperty("dependencies").EnumerateObject().ToList();

        // Then it locks the project's framework, each package it references directly, and a hash for every package
        Assert.Contains(targets, t => t.Name == "net10.0");
        var net = targets.Single(t => t.Name == "net10.0").Value;
        Assert.All(references, r => Assert.Equal("Direct", net.GetProperty(r).GetProperty("type").GetString()));
        var packages = targets.SelectMany(t => t.Value.EnumerateObject()).Where(p => p.Value.GetProperty("type").GetString() != "Project").ToList();
        Assert.All(packages, p => Assert.False(string.IsNullOrEmpty(p.Value.GetProperty("contentHash").GetString()), $"{p.Name} has no contentHash"));
    }

    [Fact]
    public void Should_restore_in_locked_mode_When_ci_runs()
    {
        // Given the properties every project imports
        var props = XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants().ToList();

        // Then every project restores with a lock file, and in locked mode when CI is 'true'
        var withLockFile = Assert.Single(props, e => e.Name == "RestorePackagesWithLockFile");
        Assert.Equal(("true", null), (withLockFile.Value, (string?)withLockFile.Attribute("Condition")));
        var lockedMode = Assert.Single(props, e => e.Name == "RestoreLockedMode");
        Assert.Equal(("true", "'$(CI)' == 'true'"), (lockedMode.Value, (string?)lockedMode.Attribute("Condition")));

        // And CI sets it: .ci/run exports it, and each workflow sets it (GitHub does too) where the SDK cache is keyed
        // on the lock files
        Assert.Contains(File.ReadLines(Path.Combine(Root, ".ci", "run")), l => CiExport().IsMatch(l));
        foreach (var workflow in Directory.EnumerateFiles(Path.Combine(Root, ".github", "workflows"), "*.yml").Select(Path.GetFileName).OfType<string>())
        {
            var loaded = Load(workflow);
            Assert.Equal("true", Scalar(Map(loaded, "env"), "CI"));
            var setup = Steps(loaded).Single(s => Action(s) == "actions/setup-dotnet");
            Assert.Equal("**/packages.lock.json", Scalar(Map(setup, "with"), "cache-dependency-path"));
        }
    }

    /// <summary>
    /// The SDK restores differently for a Native AOT publish (the compiler and trimmer packages, this machine's
    /// runtime) and for a pack (no runtime) than for a build; each must still match the one lock file, or CI's
    /// locked restore fails (NU1004) and a local one rewrites it. Restored into a temporary folder, not obj/.
    /// </summary>
    [Theory]
    [InlineData("-p:_IsPublishing=true")]
    [InlineData("-p:_IsPublishing=true -p:PublishAot=false")]
    [InlineData("-p:_IsPacking=true")]
    public async Task Should_restore_the_cli_from_its_lock_file_in_locked_mode_When_it_is_published_or_packed(string properties)
    {
        var output = Directory.CreateTempSubdirectory("briefings-restore-");
        try
        {
            // When the CLI project is restored as 'dotnet publish' or 'dotnet pack' restores it, in locked mode
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Root,
            };
            foreach (var arg in (string[])["restore", "src/Briefings.Cli/Briefings.Cli.csproj", "--locked-mode", "--no-dependencies", "-nologo",
                         $"-p:RestoreOutputPath={output.FullName}/", .. properties.Split(' ')])
            {
                start.ArgumentList.Add(arg);
            }

            // (the test host's MSBuild settings are not the command line's)
            foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(name);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("dotnet restore did not finish in 3 minutes");
            }

            // Then the lock file serves it as it is
            var printed = await stdout + await stderr;
            Assert.True(process.ExitCode == 0, $"dotnet restore {properties} --locked-mode failed:\n{printed}");
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Pinned dependencies are kept up to date by Dependabot: one entry per ecosystem and manifest folder, so a
    /// package.json added elsewhere, or a folder renamed, fails here instead of going unwatched.
    /// </summary>
    [Fact]
    public void Should_let_dependabot_bump_actions_nuget_and_every_npm_manifest_When_it_runs()
    {
        // Given the Dependabot configuration and the npm manifests of the repository
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Root, ".github", "dependabot.yml")))
        {
            stream.Load(reader);
        }

        var config = (YamlMappingNode)stream.Documents[0].RootNode;
        var npmManifests = NpmManifestFolders(Root).Select(d => "/" + Path.GetRelativePath(Root, d).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();

        // When its updates are read as (ecosystem, folder)
        Assert.Equal("2", Scalar(config, "version"));
        var updates = ((YamlSequenceNode)config.Children[new YamlScalarNode("updates")]).Children.Cast<YamlMappingNode>().ToList();
        Assert.All(updates, u => Assert.False(string.IsNullOrEmpty(Scalar(Map(u, "schedule"), "interval"))));
        var covered = updates.SelectMany(u => Directories(u).Select(d => (Ecosystem: Scalar(u, "package-ecosystem")!, Directory: d))).ToList();

        // Then the workflows' actions and the central NuGet versions are watched from the root, and every npm
        // manifest (with its package-lock.json) from its own folder
        Assert.Contains(("github-actions", "/"), covered);
        Assert.Contains(("nuget", "/"), covered);
        Assert.True(File.Exists(Path.Combine(Root, "Directory.Packages.props")));
        Assert.Equal(["/.ci/tools", "/src/Briefings/Maps/Data", "/theme"], npmManifests);
        Assert.Equal(npmManifests, covered.Where(c => c.Ecosystem == "npm").Select(c => c.Directory).Order(StringComparer.Ordinal));
        Assert.All(npmManifests, d => Assert.True(File.Exists(Path.Combine(Root, d.TrimStart('/'), "package-lock.json")), $"{d} has no package-lock.json"));
        Assert.Equal(["github-actions", "npm", "nuget"], covered.Select(c => c.Ecosystem).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Should_never_run_a_forks_code_with_a_write_token_When_any_workflow_is_triggered()
    {
        var workflows = Directory.EnumerateFiles(Path.Combine(Root, ".github", "workflows"), "*.yml").Select(Path.GetFileName).ToList();

        Assert.Equal(["ci.yml", "pages.yml"], workflows.Order());
        Assert.All(workflows, w => Assert.DoesNotContain(Keys(Load(w!), "on"), trigger => trigger is "pull_request_target" or "workflow_run"));
    }

    /// <summary>The projects of Briefings.sln, as paths relative to the repository with '/'.</summary>
    private static IEnumerable<string> SolutionProjects() =>
        File.ReadLines(Path.Combine(Root, "Briefings.sln")).Select(l => SolutionProject().Match(l)).Where(m => m.Success)
            .Select(m => m.Groups["path"].Value.Replace('\\', '/'));

    /// <summary>The folders below <paramref name="folder"/> with a package.json, not looking into installed or built files.</summary>
    private static IEnumerable<string> NpmManifestFolders(string folder) =>
        (File.Exists(Path.Combine(folder, "package.json")) ? [folder] : Enumerable.Empty<string>())
            .Concat(Directory.EnumerateDirectories(folder)
                .Where(d => Path.GetFileName(d) is not ("node_modules" or "bin" or "obj" or ".git" or "_site"))
                .SelectMany(NpmManifestFolders));

    /// <summary>The folders of a Dependabot update entry: its <c>directory</c>, or each of its <c>directories</c>.</summary>
    private static IEnumerable<string> Directories(YamlMappingNode update) =>
        Scalar(update, "directory") is { } one
            ? [one]
            : ((YamlSequenceNode)update.Children[new YamlScalarNode("directories")]).Children.Select(d => ((YamlScalarNode)d).Value!);

    private static YamlMappingNode Load(string workflow)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, ".github", "workflows", workflow));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>
    /// Every line of every fenced code block of README.md, as tokens, without leading <c>NAME=value</c> environment
    /// settings or a trailing <c># comment</c>.
    /// </summary>
    private static List<List<string>> ReadmeCommandLines()
    {
        var lines = new List<List<string>>();
        var inBlock = false;
        foreach (var line in File.ReadLines(Path.Combine(Root, "README.md")))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
            }
            else if (inBlock)
            {
                var comment = line.IndexOf(" #", StringComparison.Ordinal);
                lines.Add([.. Tokens(comment < 0 ? line : line[..comment]).SkipWhile(t => EnvironmentAssignment().IsMatch(t))]);
            }
        }

        return lines;
    }

    private static List<string> Tokens(string line) => [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static IEnumerable<string> RunLines(YamlMappingNode workflow) =>
        Steps(workflow).Select(s => Scalar(s, "run")).OfType<string>()
            .SelectMany(r => r.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        Map(workflow, "jobs").Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job.Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>());

    private static string Uses(YamlMappingNode step) => Scalar(step, "uses") ?? "";

    /// <summary>The action a step uses, without the commit it is pinned to: <c>actions/checkout</c>.</summary>
    private static string Action(YamlMappingNode step) => Uses(step).Split('@')[0];

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static Dictionary<string, string> Scalars(YamlMappingNode node) =>
        node.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!);

    private static List<string> Keys(YamlMappingNode node, string key) => [.. Map(node, key).Children.Keys.Select(k => ((YamlScalarNode)k).Value!)];

    [GeneratedRegex(@"^\s*(?:-\s+)?uses:\s*(?<value>.*?)\s*$")]
    private static partial Regex UsesLine();

    [GeneratedRegex(@"^[A-Za-z0-9-]+/[A-Za-z0-9._-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")]
    private static partial Regex PinnedAction();

    [GeneratedRegex(@"^Project\(""\{[^}]+\}""\) = ""[^""]+"", ""(?<path>[^""]+\.csproj)""")]
    private static partial Regex SolutionProject();

    [GeneratedRegex(@"^export\s(?:.*\s)?CI=true(?:\s|$)")]
    private static partial Regex CiExport();

    [GeneratedRegex("^[A-Z_]+=")]
    private static partial Regex EnvironmentAssignment();
}
