from odoo import _, api, fields, models
from odoo.exceptions import UserError


class CcisStructureApplyWizard(models.TransientModel):
    _name = 'ccis.structure.apply.wizard'
    _description = 'Structure Template Application'

    chamber_id = fields.Many2one('ccis.chamber', string='Chamber', required=True)
    template_id = fields.Many2one('ccis.structure.template', string='Structure Template',
                                  required=True)
    state = fields.Selection([('draft', 'To Apply'), ('done', 'Applied')], string='State',
                             default='draft', readonly=True)
    site_count = fields.Integer(string='Created Sites', readonly=True)
    unit_count = fields.Integer(string='Created Units', readonly=True)
    mission_count = fields.Integer(string='Created Missions', readonly=True)

    @api.onchange('chamber_id')
    def _onchange_chamber_id(self):
        if self.chamber_id and (not self.template_id
                                or self.template_id.chamber_kind != self.chamber_id.kind):
            self.template_id = self.env['ccis.structure.template'].search(
                [('chamber_kind', '=', self.chamber_id.kind)], limit=1)

    @api.multi
    def action_apply(self):
        self.ensure_one()
        if self.state == 'done':
            raise UserError(_('Template "%s" has already been applied by this wizard.')
                            % self.template_id.name)
        result = self.template_id.apply_to_chamber(self.chamber_id)
        self.write({
            'state': 'done',
            'site_count': result['sites'],
            'unit_count': result['units'],
            'mission_count': result['missions'],
        })
        return {
            'type': 'ir.actions.act_window',
            'res_model': self._name,
            'res_id': self.id,
            'view_mode': 'form',
            'target': 'new',
        }

    @api.multi
    def action_view_units(self):
        self.ensure_one()
        return self.chamber_id.action_view_units()
