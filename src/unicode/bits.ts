// The flags of a code unit in the BMP property table (properties.ts): one bit per
// Unicode property the pipeline asks about (patterns.ts says what each means).

/** General category Letter (\p{L}). */
export const LETTER = 1;
/** General category Mark (\p{M}): tashkeel and other combining marks. */
export const MARK = 2;
/** Script=Arabic. */
export const ARABIC_SCRIPT = 4;
/** Script=Latin. */
export const LATIN_SCRIPT = 8;
/** What JavaScript's \s matches, or a space separator (\p{Zs}). */
export const WHITE_SPACE = 16;
/** General category Space_Separator (\p{Zs}): NBSP, thin space, ideographic space … */
export const SPACE_SEPARATOR = 32;

