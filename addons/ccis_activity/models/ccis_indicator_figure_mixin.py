from odoo import api, models

from ..tools import indicator, kpi


class CcisIndicatorFigureMixin(models.AbstractModel):
    """Grouped figures that keep their meaning: the indicator lines, their periods and their
    realised values are read grouped by the pivot and graph views, the grouped lists and the
    dashboards; summing their columns would add rates, stocks of several periods and
    indicators of different units of measure.

    read_group therefore recomputes the figures of each group through the indicator engine
    (tools/indicator.py): within one indicator, counts and sums add, stocks take the value at
    the end of the range (and add across units), averages and delays are weighted, rates are
    recomputed from their
    numerators and denominators, and the achievement rate from the recomputed target and
    realised value. A group that mixes several indicators has no such figure: its columns are
    left empty (only the number of records is given)."""

    _name = 'ccis.indicator.figure.mixin'
    _description = 'Grouped Indicator Figures'

    # column of the indicator line of a row ('id' for the line itself)
    _figure_line_column = 'line_id'
    # column dating a row (its figure's date, for a stock); None for a line
    _figure_date_column = None
    # the realised figure, its target and the achievement rate of a row (None if absent)
    _figure_value_field = 'realised'
    _figure_target_field = 'target'
    _figure_rate_field = None
    # boolean column telling whether a row holds a realised figure (None: always)
    _figure_has_values_column = None
    # SQL, on the indicator line "l": how many rows a line has (all of them in a group: the
    # line's own stored figure is the group's share)
    _figure_line_size = '1'

    def _figure_measures(self):
        names = [self._figure_value_field, 'numerator', 'denominator',
                 self._figure_target_field, self._figure_rate_field]
        return [name for name in names if name and name in self._fields]

    @api.model
    def read_group(self, domain, fields, groupby, offset=0, limit=None, orderby=False,
                   lazy=True):
        result = super(CcisIndicatorFigureMixin, self).read_group(
            domain, fields, groupby, offset=offset, limit=limit, orderby=orderby, lazy=lazy)
        requested = {spec.split(':')[0] for spec in fields or []} or set(self._fields)
        measures = [name for name in self._figure_measures() if name in requested]
        if not measures:
            return result
        for group in result:
            figures = self._group_figures(group.get('__domain', domain))
            for name in measures:
                group[name] = figures.get(name, False)
        return result

    @api.model
    def _group_figures(self, domain):
        """{field: figure} of the rows matching ``domain`` under the user's record rules, if
        they all belong to one indicator (else {}): see the class's docstring. A line whose
        rows are all in the group gives its own stored figure and target (the engine's
        combination of all its values); the rows of the others are read and combined."""
        query = self._where_calc(domain)
        self._apply_ir_rules(query, 'read')
        from_clause, where_clause, params = query.get_sql()
        table = '"%s"' % self._table
        line = '%s."%s"' % (table, self._figure_line_column)
        cr = self.env.cr
        cr.execute("""
            SELECT g.line_id, g.definitions, g.count = {size} AS whole, l.realised,
                   l.numerator, l.denominator, l.has_values, l.target, l.year
              FROM (SELECT {line} AS line_id, array_agg(DISTINCT {table}.definition_id)
                           AS definitions, count(*) AS count
                      FROM {from_clause}
                     WHERE {where_clause}
                  GROUP BY 1) g
              JOIN ccis_indicator_line l ON l.id = g.line_id""".format(
            size=self._figure_line_size, line=line, table=table, from_clause=from_clause,
            where_clause=where_clause or 'TRUE'), params)
        lines = cr.fetchall()
        definitions = {definition for row in lines for definition in row[1]}
        if len(definitions) != 1:
            return {}
        definition = self.env['ccis.indicator.definition'].sudo().browse(definitions.pop())
        kind, parts, factor = definition._figure_spec()
        from_entry = indicator.from_entry
        items, partial = [], {}
        for line_id, _definitions, whole, realised, numerator, denominator, filled, goal, \
                year in lines:
            if whole:
                items.append((goal if self._figure_target_field else None, from_entry(
                    kind, realised, numerator, denominator, '%04d-12-31' % year, parts,
                    factor) if filled else None, year))
            else:
                partial[line_id] = year
        if partial:
            date = '%s."%s"' % (table, self._figure_date_column) \
                if self._figure_date_column else 'NULL::date'
            has_values = '%s."%s"' % (table, self._figure_has_values_column) \
                if self._figure_has_values_column else 'TRUE'
            target = '%s."%s"' % (table, self._figure_target_field) \
                if self._figure_target_field else 'NULL::float'
            cr.execute("""
                SELECT {line}, {date}, {has_values}, {table}."{value}", {table}.numerator,
                       {table}.denominator, {target}
                  FROM {from_clause}
                 WHERE ({where_clause}) AND {line} IN %s
              ORDER BY {date}, {table}.id""".format(
                line=line, date=date, has_values=has_values, table=table,
                value=self._figure_value_field, target=target, from_clause=from_clause,
                where_clause=where_clause or 'TRUE'), list(params) + [tuple(partial)])
            entries, targets = {}, {}
            for line_id, day, filled, value, numerator, denominator, goal in cr.fetchall():
                if filled:
                    entries.setdefault(line_id, []).append(from_entry(
                        kind, value, numerator, denominator, day, parts, factor))
                targets.setdefault(line_id, []).append(goal)
            items += [(indicator.target_over_time(goals, kind),
                       indicator.over_time(entries.get(line_id, [])), partial[line_id])
                      for line_id, goals in targets.items()]
        target, figure = indicator.combine_lines(items, kind)
        result = {
            self._figure_value_field: indicator.value(figure),
            'numerator': figure.numerator if figure else None,
            'denominator': figure.denominator if figure else None,
        }
        if self._figure_target_field:
            result[self._figure_target_field] = target
        if self._figure_rate_field:
            result[self._figure_rate_field] = kpi.achievement_rate(
                result[self._figure_value_field], result.get(self._figure_target_field),
                definition.direction)
        return {name: (False if amount is None else amount)
                for name, amount in result.items()}
