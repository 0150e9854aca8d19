/**
 * Block Kit limits errdesk's cards stay within. Slack rejects a message that breaks one
 * (`invalid_blocks`, `msg_blocks_too_long`), so the renderer cuts long content instead.
 * @see https://docs.slack.dev/reference/block-kit/blocks
 * @see https://docs.slack.dev/reference/block-kit/block-elements/button-element
 */
export const LIMITS = {
  /** Blocks in one message. */
  messageBlocks: 50,
  /** Blocks in a modal or App Home view. */
  viewBlocks: 100,
  /** A section's text. */
  sectionText: 3_000,
  /** Fields in one section. */
  sectionFields: 10,
  /** One section field. */
  fieldText: 2_000,
  /** A header block (plain text). */
  headerText: 150,
  /** Elements in a context block. */
  contextElements: 10,
  /** One context element's text. */
  contextText: 2_000,
  /** Elements in one actions block. */
  actionsElements: 25,
  /** Interactive elements in a whole message (buttons in actions blocks and accessories). */
  messageActions: 25,
  /** A button's label (plain text). */
  buttonText: 75,
  /** A button's value. */
  buttonValue: 2_000,
  /** action_id and block_id; both unique within one message. */
  id: 255,
  /** Modal title and close-button text. */
  modalTitle: 24,
  /**
   * All visible text of one message together. Slack answers `msg_blocks_too_long` somewhere above
   * about 12,000-13,000 characters even when every block is within its own limit.
   */
  textBudget: 12_000,
  /** The message's top-level `text` (the notification line); Slack cuts at 40,000, we keep it short. */
  messageText: 3_000,
} as const;
