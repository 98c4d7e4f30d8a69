from psycopg2.extras import execute_values

from odoo import _, api, fields, models
from odoo.exceptions import ValidationError

from ..tools import period

QUARTER_SELECTION = [('1', 'Q1'), ('2', 'Q2'), ('3', 'Q3'), ('4', 'Q4')]
MONTH_SELECTION = [
    ('1', 'January'), ('2', 'February'), ('3', 'March'), ('4', 'April'), ('5', 'May'),
    ('6', 'June'), ('7', 'July'), ('8', 'August'), ('9', 'September'), ('10', 'October'),
    ('11', 'November'), ('12', 'December'),
]


class CcisEconomicValue(models.Model):
    """One figure of a series: an indicator's value for a territory (a region, or a province
    of it) and a period (a year, a quarter or a month, as the indicator's frequency says)."""
    _name = 'ccis.economic.value'
    _description = 'Economic Indicator Value'
    _order = 'indicator_id, date desc, territory_code'
    _rec_name = 'indicator_id'

    indicator_id = fields.Many2one('ccis.economic.indicator', 'Indicator', required=True,
                                   index=True, ondelete='restrict')
    theme_id = fields.Many2one(related='indicator_id.theme_id', string='Theme', store=True,
                               readonly=True, index=True)
    frequency = fields.Selection(related='indicator_id.frequency', string='Periodicity',
                                 readonly=True)
    uom = fields.Char(related='indicator_id.uom', string='Unit of Measure', readonly=True)
    region_id = fields.Many2one('ccis.region', 'Region', required=True, index=True,
                                ondelete='restrict')
    province_id = fields.Many2one(
        'ccis.province', 'Province / Prefecture', index=True, ondelete='restrict',
        domain="[('region_id', '=', region_id)]",
        help='Empty for a value covering the whole region.')
    territory_code = fields.Char(
        'Territory Code', compute='_compute_territory', store=True, index=True,
        help='Code of the province, or of the region for a regional value.')
    territory_name = fields.Char('Territory', compute='_compute_territory', store=True,
                                 index=True)
    year = fields.Integer('Year', required=True, index=True)
    quarter = fields.Selection(QUARTER_SELECTION, 'Quarter')
    month = fields.Selection(MONTH_SELECTION, 'Month')
    period_code = fields.Char('Period', compute='_compute_period', store=True, index=True)
    date = fields.Date('Period Start', compute='_compute_period', store=True, index=True,
                       help='First day of the period: orders and groups the values.')
    value = fields.Float('Value', required=True, digits=(16, 2))
    source = fields.Char('Source')
    note = fields.Text('Note')

    _sql_constraints = [
        ('value_unique', 'unique(indicator_id, territory_code, period_code)',
         'A value already exists for this indicator, territory and period.'),
    ]

    @api.depends('region_id.code', 'region_id.name', 'province_id.code', 'province_id.name')
    def _compute_territory(self):
        for value in self:
            territory = value.province_id or value.region_id
            value.territory_code = territory.code
            value.territory_name = territory.name

    @api.depends('indicator_id.frequency', 'year', 'quarter', 'month')
    def _compute_period(self):
        for value in self:
            frequency = value.indicator_id.frequency
            sub = value.quarter if frequency == 'quarterly' else value.month
            if not value.year or not frequency or (frequency != 'annual' and not sub):
                value.period_code = False
                value.date = False
                continue
            sub = int(sub) if sub else None
            value.period_code = period.period_code(value.year, sub, frequency)
            value.date = fields.Date.to_string(period.period_start(value.year, sub, frequency))

    @api.onchange('indicator_id')
    def _onchange_indicator_id(self):
        if self.indicator_id.source and not self.source:
            self.source = self.indicator_id.source

    @api.onchange('province_id')
    def _onchange_province_id(self):
        if self.province_id:
            self.region_id = self.province_id.region_id

    @api.constrains('indicator_id', 'year', 'quarter', 'month', 'region_id', 'province_id')
    def _check_period_territory(self):
        for value in self:
            label = value.indicator_id.display_name
            if not period.YEAR_MIN <= value.year <= period.YEAR_MAX:
                raise ValidationError(_(
                    'Value of "%s": the year ("Year" '
                    'field) must be between %s and %s.') % (label, period.YEAR_MIN, period.YEAR_MAX))
            frequency = value.indicator_id.frequency
            if frequency == 'quarterly' and (not value.quarter or value.month):
                raise ValidationError(_(
                    'Value of "%s": a quarterly series requires the quarter ("Quarter" field) and no month.') % label)
            if frequency == 'monthly' and (not value.month or value.quarter):
                raise ValidationError(_(
                    'Value of "%s": a monthly series requires the month ("Month" field) and no quarter.') % label)
            if frequency == 'annual' and (value.month or value.quarter):
                raise ValidationError(_(
                    'Value of "%s": an annual series takes neither a quarter nor a month.')
                    % label)
            if value.province_id and value.province_id.region_id != value.region_id:
                raise ValidationError(_(
                    'Value of "%s": province "%s" ("Province / Prefecture" field) is not in region "%s".')
                    % (label, value.province_id.name, value.region_id.name))

    @api.model
    def create(self, vals):
        return super(CcisEconomicValue, self).create(self._complete_vals(vals, True))

    @api.multi
    def write(self, vals):
        return super(CcisEconomicValue, self).write(self._complete_vals(vals, False))

    @api.model
    def _complete_vals(self, vals, creating):
        """The region of the province, and at creation the indicator's source when none is
        given."""
        vals = dict(vals)
        if vals.get('province_id') and not vals.get('region_id'):
            vals['region_id'] = self.env['ccis.province'].browse(
                vals['province_id']).region_id.id
        if creating and vals.get('indicator_id') and 'source' not in vals:
            vals['source'] = self.env['ccis.economic.indicator'].browse(
                vals['indicator_id']).source or False
        return vals

    @api.multi
    def name_get(self):
        return [(value.id, '%s – %s – %s' % (value.indicator_id.code, value.territory_name,
                                             value.period_code or value.year))
                for value in self]

    # ---------------------------------------------------------------- import

    @api.model
    def _bulk_create(self, vals_list):
        """Create many values at once (the XLSX import): ``vals_list`` as
        tools/series.validate_rows gives them (checked already), their stored computed values
        filled here, inserted in one statement per 1,000 rows; the access rights and record
        rules for creation are checked on them before anything else reads them (a refusal
        undoes the insertion)."""
        if not vals_list:
            return self.browse()
        self.check_access_rights('create')
        indicators = {indicator.id: indicator for indicator in
                      self.env['ccis.economic.indicator'].browse(
                          {vals['indicator_id'] for vals in vals_list})}
        regions = {region.id: region for region in self.env['ccis.region'].browse(
            {vals['region_id'] for vals in vals_list})}
        provinces = {province.id: province for province in self.env['ccis.province'].browse(
            {vals['province_id'] for vals in vals_list if vals.get('province_id')})}
        columns = ['indicator_id', 'theme_id', 'region_id', 'province_id', 'territory_code',
                   'territory_name', 'year', 'quarter', 'month', 'period_code', 'date', 'value',
                   'source', 'note', 'create_uid', 'write_uid', 'create_date', 'write_date']
        now = fields.Datetime.now()
        uid = self.env.uid
        rows = []
        for vals in vals_list:
            indicator = indicators[vals['indicator_id']]
            territory = provinces.get(vals.get('province_id')) or regions[vals['region_id']]
            frequency = indicator.frequency
            sub = vals.get('quarter') or vals.get('month')
            sub = int(sub) if sub else None
            rows.append((
                indicator.id, indicator.theme_id.id, vals['region_id'],
                vals.get('province_id') or None, territory.code, territory.name, vals['year'],
                vals.get('quarter') or None, vals.get('month') or None,
                period.period_code(vals['year'], sub, frequency),
                period.period_start(vals['year'], sub, frequency), vals['value'],
                vals.get('source') or indicator.source or None, vals.get('note') or None,
                uid, uid, now, now))
        query = 'INSERT INTO %s (%s) VALUES %%s RETURNING id' % (
            self._table, ', '.join('"%s"' % column for column in columns))
        ids = []
        # the rules are checked on the inserted rows: a refusal undoes the insertion
        with self.env.cr.savepoint():
            for start in range(0, len(rows), 1000):
                ids += [row[0] for row in execute_values(
                    self.env.cr, query, rows[start:start + 1000], page_size=1000, fetch=True)]
            records = self.browse(ids)
            records.check_access_rule('create')
        return records
