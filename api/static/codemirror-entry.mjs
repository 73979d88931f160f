// Entry of the editor bundle (npm run build -> api/static/codemirror.js): CodeMirror 6 with the
// SPARQL mode, exposed as the global TGEditor for editor.js.
import { EditorView, basicSetup } from "codemirror";
import { StreamLanguage } from "@codemirror/language";
import { sparql } from "@codemirror/legacy-modes/mode/sparql";
import { keymap } from "@codemirror/view";

export { EditorView, basicSetup, keymap };
export const sparqlLanguage = StreamLanguage.define(sparql);
