"""Bar charts of the review as inline SVG, drawn on the server: wkhtmltopdf prints them in
the PDF as they are (no JavaScript, no image file). Pure functions, no Odoo import.
"""
from xml.sax.saxutils import escape, quoteattr

from .kpi import format_figure

LABEL_WIDTH = 260
BAR_HEIGHT = 11
ROW_GAP = 9
LEGEND_HEIGHT = 22
FONT = 'font-family="DejaVu Sans, Arial, sans-serif" font-size="9"'


def _clip(text, length=52):
    text = text or ''
    return text if len(text) <= length else text[:length - 1] + '…'


def bar_chart(rows, series, width=900, per_row_scale=False, reference=None, suffix=''):
    """Horizontal grouped bars: one group per row, one bar per series.

    ``rows``: list of (label, [value per series]) (None: no bar); ``series``: list of
    (label, colour). Each bar is labelled with its figure (French format, ``suffix``
    appended). The bars share one scale, or each row its own (``per_row_scale``: rows of
    different units, e.g. target, realised and last year's realised of each indicator).
    ``reference``: a value drawn as a dashed line (e.g. 100 for achievement rates).
    Returns the SVG markup ('' without rows).

    >>> svg = bar_chart([('Formations', [12, 9])], [('Cible', '#9DC3E6'), ('Réalisé', '#1F4E79')])
    >>> svg.startswith('<svg') and svg.count('<rect') == 4 and '>9<' in svg  # legend + bars
    True
    >>> 'direction="ltr"' in svg  # the same layout in a right-to-left report
    True
    >>> bar_chart([], [('Cible', '#000')])
    ''
    >>> '&lt;b&gt;' in bar_chart([('<b>', [1])], [('x', '#000')])
    True
    """
    if not rows:
        return ''
    row_height = len(series) * BAR_HEIGHT + ROW_GAP
    height = LEGEND_HEIGHT + len(rows) * row_height + 4
    plot_width = width - LABEL_WIDTH - 70
    values = [value for _label, items in rows for value in items if value is not None]
    global_max = max([abs(value) for value in values] + [reference or 0, 1e-9])
    # laid out left to right in every language: in an Arabic (right-to-left) report the
    # labels keep their place left of the bars, each text still reading in its own direction
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
             'viewBox="0 0 %d %d" class="ccis-chart" direction="ltr" style="direction: ltr">'
             % (width, height, width, height)]
    x = LABEL_WIDTH
    for label, colour in series:
        parts.append('<rect x="%d" y="4" width="10" height="10" fill=%s/>'
                     % (x, quoteattr(colour)))
        parts.append('<text x="%d" y="13" %s>%s</text>' % (x + 14, FONT, escape(label)))
        x += 24 + 7 * len(label)
    for index, (label, items) in enumerate(rows):
        top = LEGEND_HEIGHT + index * row_height
        scale_max = global_max
        if per_row_scale:
            scale_max = max([abs(value) for value in items if value is not None] + [1e-9])
        parts.append('<text x="%d" y="%d" text-anchor="end" %s>%s</text>' % (
            LABEL_WIDTH - 6, top + len(series) * BAR_HEIGHT / 2.0 + 3, FONT,
            escape(_clip(label))))
        for position, ((_name, colour), value) in enumerate(zip(series, items)):
            if value is None:
                continue
            bar = max(0.0, float(value)) / scale_max * plot_width
            y = top + position * BAR_HEIGHT
            parts.append('<rect x="%d" y="%d" width="%.1f" height="%d" fill=%s/>' % (
                LABEL_WIDTH, y, bar, BAR_HEIGHT - 2, quoteattr(colour)))
            parts.append('<text x="%.1f" y="%d" %s>%s</text>' % (
                LABEL_WIDTH + bar + 3, y + BAR_HEIGHT - 3, FONT,
                escape(format_figure(value, 1) + suffix)))
    if reference is not None and not per_row_scale:
        x_ref = LABEL_WIDTH + float(reference) / global_max * plot_width
        parts.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#C00000" '
                     'stroke-dasharray="4,3"/>' % (x_ref, LEGEND_HEIGHT - 2, x_ref, height))
    parts.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#888888"/>'
                 % (LABEL_WIDTH, LEGEND_HEIGHT - 2, LABEL_WIDTH, height))
    parts.append('</svg>')
    return ''.join(parts)
