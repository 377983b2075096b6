/**
 * How much text a slide holds: every word budget in one place. Analysis reads the bullet
 * length (a key point is compressed to a complete clause within it); planning reads how many
 * bullets and words a slide takes. Change a budget here and both stages follow.
 */
export const SLIDE_BUDGET = {
  /** A bullet: a complete clause of at most this many words when the sentence allows. */
  bulletWords: 18,
  /** A longer complete clause, ranked lower, when no shorter one exists. */
  longBulletWords: 26,
  /** The cover's subtitle taken from the article's first sentence. */
  subtitleWords: 14,
  /** …or, when no clause of the first sentence is that short, up to this many. */
  longSubtitleWords: 20,
  /** The cover's subtitle taken from the page's description: whole, or its first sentence, up to this many words. */
  descriptionWords: 32,
  /** A sentence too long for a bullet, shown whole all the same so that the bullet after it, which points back to it, reads. */
  antecedentWords: 40,
  /** A section's one sentence, too long for a bullet, shown whole rather than leave the section without a slide. */
  soleSentenceWords: 50,
  /** The sentence under a key figure: whole up to this many words. */
  contextWords: 40,
  /** Bullets on one slide. */
  bullets: 6,
  /** Words of bullets on one slide. */
  bodyWords: 60,
  /** A slide may run this long rather than leave one or two bullets to a "(cont.)" slide. */
  joinedWords: 75,
  /** Fewest bullets a "(cont.)" slide holds. */
  minContinued: 3,
  /** Words of a name ("serde", "lazy_static"): a list of more names than one slide's bullets is set in two columns. */
  nameWords: 3,
} as const
