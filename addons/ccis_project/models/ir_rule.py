from odoo import api, models


class IrRule(models.Model):
    _inherit = 'ir.rule'

    @api.model
    def _ccis_structuring_rules(self, module, scopes):
        """The unit record rules of ``ccis_base`` (``_ccis_unit_rules``) on Odoo's own project
        models, restricted to the structuring projects: ``scopes`` maps a model to (its unit
        paths, the domain term that keeps its structuring records). The roles of the chamber
        then see the structuring projects of their units (the direction all, audit and bureau
        read all) and Odoo's rules keep deciding for the other projects (group rules add up:
        a rule of the chamber never hides a project Odoo's rules show)."""
        for model, (paths, structuring) in scopes.items():
            prefix = model.replace('.', '_')
            for suffix, values in self._ccis_unit_rule_values(model, {'paths': paths}):
                values['domain_force'] = "['&', %s] + %s" % (structuring,
                                                             values['domain_force'])
                self._ccis_save_rule(module, '%s_rule_%s' % (prefix, suffix), values)
        return True
