/** A feature's messages in one locale: flat keys prefixed with the feature name. */
export type Dictionary = Readonly<Record<string, string>>;

/** The same keys as a zh-CN dictionary, translated; a missing key fails type checking. */
export type Translation<Source extends Dictionary> = {
  readonly [Key in keyof Source]: string;
};

/** Values substituted for `{name}` placeholders in a message. */
export type MessageParams = Readonly<Record<string, string | number>>;
