using Briefings.Linking;

namespace Briefings.Advice;

/// <summary>An entity named in text: which one, where (offset and length in the text) and as written.</summary>
internal sealed record Mention(EntityKey Entity, int Start, int Length, string Written);
