# SPDX-License-Identifier: GPL-3.0-or-later
# Vendor profiles (what to read on which OLT family) and decoding of their walks into ONU readings.
target_sources(beholder_core PRIVATE vendorprofile.h vendorprofile.cpp onudecoder.h onudecoder.cpp)
