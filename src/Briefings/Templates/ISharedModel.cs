namespace Briefings.Templates;

/// <summary>
/// A model made once per build and shown on many pages (an item's card). The output of a model-only partial for it is
/// rendered once and reused: see <see cref="ModelOnlyPartials"/>.
/// </summary>
public interface ISharedModel;
