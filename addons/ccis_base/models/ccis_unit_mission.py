from odoo import fields, models


class CcisUnitMission(models.Model):
    _name = 'ccis.unit.mission'
    _description = 'Unit Mission'
    _order = 'unit_id, sequence, id'

    unit_id = fields.Many2one(
        'hr.department', string='Unit', required=True, index=True, ondelete='cascade')
    sequence = fields.Integer(string='Sequence', default=10)
    name = fields.Char(string='Mission', required=True)
    description = fields.Text(string='Description')
    site_id = fields.Many2one(
        'ccis.site', string='Site', related='unit_id.site_id', store=True, index=True,
        readonly=True)
    active = fields.Boolean(string='Active', default=True)
