// super() without arguments (see zero_arg_super.cpp).
#pragma once

namespace glasspy {

// Gives the object layer's `super` the VM's frame-based lookup.
void install_zero_arg_super();

}  // namespace glasspy
