# SPDX-License-Identifier: GPL-3.0-or-later
# Vendor profiles: what to read on which OLT family, and how gently.
target_sources(beholder_core PRIVATE vendorprofile.h vendorprofile.cpp)
