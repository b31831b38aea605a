/**
 * What the element says when its data is not all there. Readers get short, plain sentences
 * ("2 claims in this file could not be shown"); an editor (the `editor` attribute, or the app
 * with `?editor`) also gets every located problem (file, JSON path, field). The site owner
 * is told what failed and what to do about it.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { formatProblem, type Problem } from '../model/load-claims.ts';
import type { FileFailure, LeftOut } from '../model/left-out.ts';

function leftOutSentences(leftOut: LeftOut): string[] {
  const out: string[] = [];
  const { claims, places, sources, actors } = leftOut;
  if (claims) out.push(claims === 1 ? msg('1 claim in this file could not be shown.') : msg(str`${claims} claims in this file could not be shown.`));
  if (places) out.push(places === 1 ? msg('1 place in this file could not be shown.') : msg(str`${places} places in this file could not be shown.`));
  if (sources + actors) out.push(msg('Some sources or speakers in this file could not be read; their claims may be missing.'));
  return out;
}

function failureSentence(f: FileFailure): string {
  if (f.reason === 'http') return msg(str`The claims file could not be loaded: the server answered ${f.status} for ${f.url}.`);
  if (f.reason === 'refused') return msg(str`The claims file was not loaded: ${f.message}.`);
  if (f.reason === 'other') return msg(str`The claims file at ${f.url} ${f.message}.`);
  return msg(
    str`The claims file could not be loaded from ${f.url}: the browser is offline, or that server does not let this page read it (no Access-Control-Allow-Origin header).`,
  );
}

export interface DataNoticeInput {
  fileFailure: FileFailure | null;
  leftOut: LeftOut;
  problems: readonly Problem[];
  /** Problems drawing the map (tiles, style), apart from the data's. */
  mapProblems: number;
  editor: boolean;
}

export function renderDataNotice({ fileFailure, leftOut, problems, mapProblems, editor }: DataNoticeInput) {
  const sentences = leftOutSentences(leftOut);
  if (problems.some((p) => p.field === '(file)')) sentences.push(msg('A file the map refers to could not be loaded.'));
  if (mapProblems) sentences.push(msg('Part of the map could not be drawn.'));
  if (!fileFailure && sentences.length === 0 && !(editor && problems.length)) {
    // Problems that left nothing out (a link dropped, say): readers need not hear of them.
    return nothing;
  }
  return html`<div class="notice ${fileFailure ? 'failure' : ''}" role=${fileFailure ? 'alert' : 'status'}>
    ${fileFailure
      ? html`<p><strong>${failureSentence(fileFailure)}</strong></p>
          <p>${fileFailure.reason === 'refused' ? msg('The built-in claims are shown instead.') : msg('The built-in places are shown without claims.')}</p>
          <p class="owner">
            ${msg('If this is your site: check the address in the map’s src attribute, that the file is there, and that its server sends Access-Control-Allow-Origin for this page.')}
          </p>`
      : nothing}
    ${sentences.length ? html`<p>${sentences.join(' ')} ${msg('Everything else is shown.')}</p>` : nothing}
    ${editor && problems.length
      ? html`<details class="problems" open>
          <summary>${problems.length === 1 ? msg('1 problem in the data, for the editor') : msg(str`${problems.length} problems in the data, for the editor`)}</summary>
          <ul>
            ${problems.map((p) => html`<li><code>${formatProblem(p)}</code></li>`)}
          </ul>
        </details>`
      : nothing}
  </div>`;
}
