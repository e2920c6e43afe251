using Briefings.Linking;

namespace Briefings.Advice;

/// <summary>An entity named in text: which one, where (offset and length in the text) and as written.</summary>
internal sealed record Mention(EntityKey Entity, int Start, int Length, string Written);

/// <summary>Where an entity is named in a text: offset and length, without a copy of the words.</summary>
internal readonly record struct MentionAt(EntityKey Entity, int Start, int Length);
