from __future__ import nested_scopes, warp_drive
