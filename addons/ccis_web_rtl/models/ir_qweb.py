from odoo import models

from .assetsbundle import RtlAssetsBundle


class IrQWeb(models.AbstractModel):
    _inherit = 'ir.qweb'

    def _get_asset_nodes(self, xmlid, options, css=True, js=True, debug=False, async_load=False,
                         values=None, **kw):
        # Odoo caches the nodes per language (options' 'lang'): the bundle's direction is read
        # from the same language
        lang = options.get('lang') or 'en_US'
        return super(IrQWeb, self.with_context(lang=lang))._get_asset_nodes(
            xmlid, options, css=css, js=js, debug=debug, async_load=async_load, values=values,
            **kw)

    def get_asset_bundle(self, xmlid, files, remains=None, env=None):
        env = env if env is not None else self.env
        if env['res.lang']._lang_direction(env.context.get('lang')) == 'rtl':
            return RtlAssetsBundle(xmlid, files, remains=remains, env=env)
        return super(IrQWeb, self).get_asset_bundle(xmlid, files, remains=remains, env=env)
