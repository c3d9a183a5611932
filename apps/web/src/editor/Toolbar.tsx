import type { Alignment } from "@xietong/schema";
import type { Command, EditorState } from "prosemirror-state";
import { type Accessor, For, type JSX } from "solid-js";
import { redoCommand, undoCommand } from "y-prosemirror";
import { type MessageKey, useI18n } from "../i18n/index.ts";
import {
  activeAlignment,
  activeBlock,
  activeList,
  insertHorizontalRule,
  insertTable,
  isFirstLineIndented,
  isMarkActive,
  setAlignment,
  setHeading,
  setParagraph,
  type ToolbarHeadingLevel,
  type ToolbarList,
  type ToolbarMark,
  toggleFirstLineIndent,
  toggleList,
  toggleToolbarMark,
} from "./toolbarCommands.ts";

/** Props of the formatting toolbar. */
export interface ToolbarProps {
  state: Accessor<EditorState | undefined>;
  editable: Accessor<boolean>;
  /** Runs a command on the live view and gives it the focus back. */
  run: (command: Command) => void;
}

interface ButtonSpec {
  label: MessageKey;
  /** A short visible face; the accessible name is the label. */
  face: string | { key: MessageKey };
  command: Command;
  /** Whether the button shows as pressed; absent for plain actions. */
  pressed?: (state: EditorState) => boolean;
  style?: JSX.CSSProperties;
}

const headingLevels: ToolbarHeadingLevel[] = [1, 2, 3];
const marks: Array<[ToolbarMark, MessageKey, string, JSX.CSSProperties]> = [
  ["bold", "editor.bold", "B", { "font-weight": "bold" }],
  ["italic", "editor.italic", "I", { "font-style": "italic" }],
  ["underline", "editor.underline", "U", { "text-decoration": "underline" }],
];
const aligns: Array<[Alignment, MessageKey, MessageKey]> = [
  ["left", "editor.alignLeft", "editor.alignLeftFace"],
  ["center", "editor.alignCenter", "editor.alignCenterFace"],
  ["right", "editor.alignRight", "editor.alignRightFace"],
  ["justify", "editor.alignJustify", "editor.alignJustifyFace"],
];
const lists: Array<[ToolbarList, MessageKey, string]> = [
  ["ordered_list", "editor.orderedList", "1."],
  ["bullet_list", "editor.bulletList", "•"],
];

function groups(): ButtonSpec[][] {
  return [
    [
      { label: "editor.undo", face: "↶", command: undoCommand },
      { label: "editor.redo", face: "↷", command: redoCommand },
    ],
    [
      {
        label: "editor.paragraph",
        face: { key: "editor.paragraphFace" },
        command: setParagraph,
        pressed: (state) => activeBlock(state)?.type === "paragraph",
      },
      ...headingLevels.map((level) => ({
        label: `editor.heading${level}` as MessageKey,
        face: `H${level}`,
        command: setHeading(level),
        pressed: (state: EditorState) => {
          const block = activeBlock(state);
          return block?.type === "heading" && block.level === level;
        },
      })),
    ],
    marks.map(([mark, label, face, style]) => ({
      label,
      face,
      style,
      command: toggleToolbarMark(mark),
      pressed: (state: EditorState) => isMarkActive(state, mark),
    })),
    aligns.map(([align, label, face]) => ({
      label,
      face: { key: face },
      command: setAlignment(align),
      pressed: (state: EditorState) => activeAlignment(state) === align,
    })),
    [
      {
        label: "editor.firstLineIndent",
        face: "⇥",
        command: toggleFirstLineIndent,
        pressed: isFirstLineIndented,
      },
      ...lists.map(([kind, label, face]) => ({
        label,
        face,
        command: toggleList(kind),
        pressed: (state: EditorState) => activeList(state) === kind,
      })),
    ],
    [
      { label: "editor.insertTable", face: "▦", command: insertTable() },
      { label: "editor.horizontalRule", face: "—", command: insertHorizontalRule },
    ],
  ];
}

/**
 * The official-writing toolbar. Each control is a real button named in the current
 * locale; toggles carry `aria-pressed`. Buttons keep the editor's selection by not
 * taking the focus on mouse down.
 */
export function Toolbar(props: ToolbarProps) {
  const { t } = useI18n();
  const specs = groups();
  const face = (spec: ButtonSpec) =>
    typeof spec.face === "string" ? spec.face : t(spec.face.key);

  const pressed = (spec: ButtonSpec) => {
    const state = props.state();
    if (!spec.pressed) return undefined;
    return state ? spec.pressed(state) : false;
  };
  const enabled = (spec: ButtonSpec) => {
    const state = props.state();
    return props.editable() && state !== undefined && spec.command(state);
  };

  return (
    <div class="editor-toolbar" role="toolbar" aria-label={t("editor.toolbar")}>
      <For each={specs}>
        {(group) => (
          <div class="editor-toolbar-group">
            <For each={group}>
              {(spec) => (
                <button
                  type="button"
                  class="editor-tool"
                  aria-label={t(spec.label)}
                  title={t(spec.label)}
                  aria-pressed={pressed(spec)}
                  disabled={!enabled(spec)}
                  style={spec.style}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => props.run(spec.command)}
                >
                  {face(spec)}
                </button>
              )}
            </For>
          </div>
        )}
      </For>
    </div>
  );
}
