"""Archive returns: 档案数字化 and 档案馆库房改造 projects (rw01–rw06)."""

from __future__ import annotations

from tests.variants.holdout273.common import (
    YEAR,
    details,
    indicators,
    new_book,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout273.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

HEAD_OP = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("rw01-scan-typed-percent", (1, 7), "project, NAT-2021, headers 指标内容 and 绩效标准, "
         "operator and unit columns, typed percent cells, 万元 in the number format "
         "(correct)")  # fmt: skip
def scan_typed_percent() -> Book:
    b, s = new_book()
    project(s, name="馆藏纸质档案数字化加工（第三期）", dept="砚塘县档案馆 417021",
            unit="砚塘县档案馆", money=one_year(96, 90, 6),
            goals=("完成210万画幅纸质档案扫描和36万条目录著录，数字化成果全部异地备份，"
                   "提升馆藏档案在线利用水平。",))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "比较符", "绩效标准", "计量单位"), [
        ("产出指标", "数量指标", "纸质档案扫描", "≥", 210, "万画幅"),
        (None, None, "档案目录著录", "≥", 36, "万条"),
        (None, "质量指标", "图像质量抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "著录数据差错率", "≤", pct(0.003, "0.0%"), "%"),
        (None, "时效指标", "扫描加工完成时限", "≤", "2026年11月30日", None),
        ("成本指标", "经济成本指标", "每画幅扫描加工单价", "≤", 0.38, "元/画幅"),
        (None, None, "每条目录著录单价", "≤", 0.3, "元/条"),
        ("效益指标", "社会效益指标", "数字化档案在线查阅利用", "≥", 1.2, "万人次"),
        (None, "可持续影响指标", "数字化成果异地备份率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "查档利用者满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "钟嘉穗", "汤明晖", "8702 3316")
    return b


@variant("rw02-scan-defects", (1, 11), "project, OLD-NAT, operator and unit columns, typed "
         "percent cells: a typed 102% on an accuracy rate, ≥ on an error rate, a deadline "
         "as 100%")  # fmt: skip
def scan_defects() -> Book:
    b, s = new_book()
    project(s, name="婚姻登记档案数字化及数据库建设", dept="鹤汀区档案馆 301007",
            unit="鹤汀区档案馆", money=one_year(28, 28), attr="一次性项目",
            goals=("完成1978年以来婚姻登记档案46万画幅数字化和9.2万条数据挂接，"
                   "实现婚姻档案窗口即时查询。",))  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "婚姻登记档案扫描", "≥", 46, "万画幅"),
        (None, None, "数据库挂接条目", "≥", 9.2, "万条"),
        (None, "质量指标", "图像质量合格率", "≥", pct(0.98), "%"),
        (None, None, "著录数据准确率", "≥", mk(pct(1.02), "T106", "error",
            note="a typed 102% on an accuracy rate capped at 100%"), "%"),
        (None, None, "扫描图像差错率", mk("≥", "T108", "warning", row=True,
            note="an error rate is 反向: the operator column says ≥"), pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "数字化加工完成时间", "=", mk(pct(1), "T113", "warning", row=True,
            note="a completion time given as a percentage"), "%"),
        (None, "成本指标", "每画幅加工单价", "≤", 0.4, "元/画幅"),
        (None, None, "数据库软件维护费", "≤", 3.5, "万元"),
        ("效益指标", "社会效益指标", "婚姻档案查询平均办理时间", "≤", 15, "分钟"),
        (None, "可持续影响指标", "数字化档案长期保存格式符合率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "骆一帆", "甘素琴", "6631 0928")
    return b


@variant("rw03-vault-detail-lines", (12,), "project, OLD-NAT, one value column with "
         "指标值设定依据, a five-line budget detail block between the head and the indicator "
         "table (correct)")  # fmt: skip
def vault_detail_lines() -> Book:
    b, s = new_book()
    project(s, name="档案馆库房改造及安全设施提升", dept="沄川市档案馆 208003",
            unit="沄川市档案馆", money=one_year(286, 250, 36), attr="一次性项目",
            goals=("改造东区库房1240平方米，配置密集架、恒温恒湿机组和气体灭火系统，"
                   "库房保管条件达到标准要求。",))  # fmt: skip
    details(s, [
        ("密集架购置安装", "库房1240平方米，按160组布置", 160, 1.05, 168),
        ("恒温恒湿空调机组", "每个库区1台", 6, 9.5, 57),
        ("七氟丙烷气体灭火系统", "4个防护区", 4, 8.25, 33),
        ("安防监控及门禁改造", "按设计概算", 1, 18.6, 18.6),
        ("工程监理及检测", "按监理合同", 1, 9.4, 9.4),
    ], 286)  # fmt: skip
    s.skip()
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据"), [
        ("产出指标", "数量指标", "改造库房面积", "≥1240平方米", "计划标准"),
        (None, None, "新增密集架", "≥160组", "计划标准"),
        (None, None, "安装恒温恒湿机组", "=6台", "计划标准"),
        (None, "质量指标", "工程竣工验收合格率", "=100%", "行业标准"),
        (None, None, "库房温湿度达标率", "≥95%", "行业标准"),
        (None, "时效指标", "工程完工时间", "2026年10月31日前", "计划标准"),
        (None, "成本指标", "密集架单价", "≤1.05万元/组", "历史标准"),
        (None, None, "项目总成本", "≤286万元", "计划标准"),
        ("效益指标", "社会效益指标", "新增档案存储容量", "≥18万卷", "计划标准"),
        (None, None, "档案安全事故发生数", "0起", "历史标准"),
        (None, "可持续影响指标", "库房设施设计使用年限", "≥15年", "行业标准"),
        ("满意度指标", "服务对象满意度指标", "档案保管人员及查档者满意度", "≥90%", "历史标准"),
    ])  # fmt: skip
    sign(s, "方若禾", "邝立川", "5219 4470")
    return b


@variant("rw04-vault-money-wrong", (12,), "project, OLD-NAT, one value column, detail lines: "
         "total ≠ 财政拨款 + 其他资金, lines not adding to their 合计, a unit cost × count "
         "above the money")  # fmt: skip
def vault_money_wrong() -> Book:
    b, s = new_book()
    total = mk(wan(310), "B101", "error", row=True, alt=("B102",),
               note="310 ≠ 280 + 20; the detail lines also add to 300, not 310")  # fmt: skip
    project(s, name="新馆库房密集架及温湿度调控系统采购", dept="砚塘县档案馆 417021",
            unit="砚塘县档案馆", money=[("年度资金总额", total, "其中：财政拨款", wan(280)),
                                       ("其他资金", wan(20))], attr="一次性项目",
            goals=("为新馆三层库房配置智能密集架200组和恒湿净化设备，建成库房温湿度"
                   "实时监测网络。",))  # fmt: skip
    details(s, [
        ("智能密集架", "200组×1.1万元", 200, 1.1, 220),
        ("恒湿净化一体机", "12台×4.5万元", 12, 4.5, 54),
        ("温湿度监测终端", "40个×0.35万元", 40, 0.35, 14),
        ("安装调试及运输", "按询价", 1, 12, 12),
    ], mk(wan(310), "B102", "error", alt=("B101",),
          note="220 + 54 + 14 + 12 = 300, not 310"))  # fmt: skip
    s.skip()
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "新增智能密集架", "≥200组"),
        (None, None, "恒湿净化一体机", "=12台"),
        (None, None, "温湿度监测终端", "≥40个"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备安装调试完成时间", "2026年9月30日前"),
        (None, "成本指标", "智能密集架单价", mk("≤1.6万元/组", "B107", "warning", row=True,
            note="1.6 × 200 组 = 320万元, above the 310 (or 300) of the whole project")),
        ("效益指标", "社会效益指标", "新增档案存储容量", "≥20万卷"),
        (None, "可持续影响指标", "设备质保期", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "馆内使用人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟嘉穗", "汤明晖", "8702 3316")
    return b


@variant("rw05-second-sheet-vault", (4, 7), "project, NAT-2021: head on the first sheet, the "
         "indicator table on a second sheet under header 预期实现值, a 注 row inside the table, "
         "a 说明 line explaining the cost total, signature and date (correct)")  # fmt: skip
def second_sheet_vault() -> Book:
    b, s = new_book("项目信息")
    project(s, name="档案库房恒温恒湿及消防系统运行维护", dept="鹤汀区档案馆 301007",
            unit="鹤汀区档案馆", money=one_year(42.6, 42.6), attr="常年项目",
            goals=("保障8台恒温恒湿机组、5个气体灭火防护区和64个监测点位全年正常运行，"
                   "库房温湿度稳定达标。",))  # fmt: skip
    note(s, "绩效指标见“绩效指标”工作表。")
    t = b.sheet("绩效指标", (14, 18, 30, 16, 22))
    t.title(f"{YEAR}年度项目绩效指标表", 5)
    t.row("项目名称：档案库房恒温恒湿及消防系统运行维护", None, None, "金额单位：万元",
          merge=[(1, 3)])  # fmt: skip
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "维保恒温恒湿空调机组", "≥8台"),
        (None, None, "维护气体灭火防护区", "≥5个"),
        (None, None, "库房温湿度监测点位", "≥64个"),
        (None, "质量指标", "库房温湿度达标率", "≥95%", "以监测平台日均值计"),
        (None, None, "设备故障修复及时率", "≥98%"),
        (None, "时效指标", "设备故障响应时间", "≤4小时"),
    ])  # fmt: skip
    note(t, "注：温湿度标准为温度14℃—24℃、相对湿度45%—60%。", 5)
    t.table([
        ("成本指标", "经济成本指标", "空调机组年度维保费", "≤16.8万元"),
        (None, None, "气体灭火系统年检及药剂补充费", "≤9.6万元"),
        (None, None, "温湿度监测平台运维费", "≤6.2万元"),
        (None, None, "库房防虫防霉药剂购置费", "≤10万元"),
        ("效益指标", "社会效益指标", "馆藏档案霉变虫蛀发生数", "0起"),
        (None, "可持续影响指标", "库房设备完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "档案保管人员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(t, "说明：成本指标四项合计42.6万元，即本项目年度资金总额。", 5)
    sign(t, "骆一帆", "甘素琴", "6631 0928", day(YEAR - 1, 11, 18))
    return b


@variant("rw06-system-export", (7, 9), "budget-system export: sheets 部门项目支出预算05-1 and "
         "部门项目支出绩效目标05-2, codes in the first columns, header on the third row: a date "
         "serial as text, a split number, a placeholder")  # fmt: skip
def system_export() -> Book:
    b, s = new_book("部门项目支出预算05-1", (10, 14, 18, 24, 12, 12, 12, 14, 12, 12, 40))
    s.title(f"{YEAR}年部门项目支出预算表", 11)
    s.row("单位名称：沄川市档案馆", None, None, None, None, None, None, None, None,
          "金额单位：万元", merge=[(1, 4)])  # fmt: skip
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "计划开始日期",
          "计划完成日期", "年度资金合计", "财政拨款", "其他资金", "项目年度绩效目标")  # fmt: skip
    s.row("208003", "沄川市档案馆", "20800326Z00158", "重点民生档案数字化", "一次性项目",
          day(YEAR, 1, 1), mk("46387", "X104", "warning",
                              note="2026-12-31 as a date serial in a text cell"),
          money(128.4625, "0.0000"), mk("96.462 5", "X105", "warning", alt=("X103",),
                                        note="96.4625 split by a space; 96.4625 + 32 = 128.4625"),
          money(32, "0.0000"), "完成260万画幅民生档案数字化，实现跨馆查询。")  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (10, 16, 20, 12, 16, 28, 10, 10, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 9)
    t.row("单位名称：沄川市档案馆", merge=[(1, 3)])
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
          "指标值", "度量单位")  # fmt: skip
    code = ("208003", "20800326Z00158", "重点民生档案数字化")
    for row in [
        ("产出指标", "数量指标", "民生档案数字化扫描", "≥", 260, "万画幅"),
        ("产出指标", "数量指标", "数字化档案目录挂接", "≥", mk("XX", "X101", "error",
            note="placeholder left from the template"), "万条"),
        ("产出指标", "质量指标", "数字化成果验收合格率", "≥", 98, "%"),
        ("产出指标", "时效指标", "数字化加工周期", "≤", 300, "天"),
        ("成本指标", "经济成本指标", "每画幅加工成本", "≤", 0.35, "元/画幅"),
        ("成本指标", "经济成本指标", "数据安全检测费", "≤", 8, "万元"),
        ("效益指标", "社会效益指标", "民生档案跨馆查询办结", "≥", 4000, "件次"),
        ("效益指标", "可持续影响指标", "数字化副本异地备份率", "=", 100, "%"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥", 90, "%"),
    ]:  # fmt: skip
        t.row(*code, *row)
    return b
