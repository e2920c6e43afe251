using System.Diagnostics;

namespace Briefings.Tests.Native;

/// <summary>Runs the published native <c>briefings</c> executable (<c>BRIEFINGS_NATIVE</c>) in a new process.</summary>
internal static class NativeExecutable
{
    public const string Variable = "BRIEFINGS_NATIVE";

    public static string? SkipReason =>
        Environment.GetEnvironmentVariable(Variable) is null && Environment.GetEnvironmentVariable("CI") is null
            ? $"native executable tests: set {Variable} to the executable 'dotnet publish src/Briefings.Cli -c Release -o out' makes (out/Briefings.Cli); CI does"
            : null;

    public static string Path
    {
        get
        {
            var path = Environment.GetEnvironmentVariable(Variable);
            Assert.False(string.IsNullOrEmpty(path), $"{Variable} is not set: CI publishes the native executable and names it there");
            Assert.True(File.Exists(path), $"{Variable}={path}: no such file");
            return path;
        }
    }

    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"briefings {string.Join(' ', args)} did not finish in 2 minutes");
        }

        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>Starts <c>briefings ARGS</c> in <paramref name="workingDirectory"/>, its output readable line by line (for <c>serve</c>).</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
