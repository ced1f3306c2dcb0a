import imp_sys_demo
imp_sys_demo.LOADS.append(__name__)
