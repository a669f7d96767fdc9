"""Correct project returns that look odd: trend words and ranges as values, money in 元 with
cents, one-year projects in a multi-year form, names holding numbers, a 100% satisfaction
target, older tier labels, signatures in merged cells, separate operator columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout37.registry import variant
from tests.variants.kit import CN_DATE, WAN, YUAN, Book, C, day, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "iu01-trend-values-ok", (1, 10), "project, NAT-2021, trend words, ranges, 百分点, 100%（含）"
)
def trend_values() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="澄川县城乡环境卫生综合整治项目",
        dept="澄川县城市管理局 411",
        unit="澄川县环境卫生服务中心",
        money=[
            ("年度资金总额", C(380, WAN), "其中：财政拨款", C(350, WAN)),
            (None, None, "其他资金", C(30, WAN)),
        ],
        goals=[
            "完成城区及12个乡镇生活垃圾收运处置，垃圾无害化处理率保持100%，"
            "群众对环境卫生满意度85%—90%。"
        ],
    )
    s.row(*HEAD, "备注", None)
    s.table(
        [
            ("产出指标", "数量指标", "生活垃圾日均收运量", "≥260吨", None),
            (None, None, "公厕提标改造座数", "分阶段完成18座", "上半年8座、下半年10座"),
            (None, "质量指标", "生活垃圾无害化处理率", "100%（含）", None),
            (None, None, "道路机扫率", "较基期提高2个百分点", "基期为2023年"),
            (None, "时效指标", "垃圾日产日清", "每日完成", None),
            ("成本指标", "经济成本指标", "吨垃圾收运处置成本", "不高于上年", "上年为196元/吨"),
            ("效益指标", "生态效益指标", "垃圾渗滤液超标排放次数", "逐年下降", None),
            (None, "社会效益指标", "城区主次干道保洁覆盖率", pct(1), None),
            (None, "可持续影响指标", "环卫作业市场化长效机制", "逐步完善", None),
            ("满意度指标", "服务对象满意度指标", "群众对环境卫生满意度", "85%—90%", None),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "iu02-yuan-cents-ok", (1, 12), "project, OLD-NAT, money in 元 with cents, subsidy standard ="
)
def yuan_cents() -> Book:
    b = Book()
    s = b.sheet("项目表")
    project_head(
        s,
        year=2025,
        name="杉浦镇高龄老人营养餐补助",
        dept="杉浦镇人民政府",
        unit="杉浦镇社会事务办公室",
        money_label="项目资金（元）",
        money=[
            ("年度资金总额", C(486360.5, YUAN), "其中：财政拨款", C(400000, YUAN)),
            (None, None, "其他资金", C(86360.5, YUAN)),
        ],
        goals=["为辖区80周岁以上高龄老人每人每月提供营养餐补助，全年惠及405人。"],
    )
    s.row(*HEAD, "计量单位", None)
    s.table(
        [
            ("产出指标", "数量指标", "补助高龄老人人数", "≥405", "人"),
            (None, "质量指标", "补助资金发放准确率", pct(1), "%"),
            (None, "时效指标", "补助按月发放", "每月10日前", None),
            (None, "成本指标", "营养餐补助标准", ok("=100元/人·月", note="fixed standard"), None),
            ("效益指标", "社会效益指标", "高龄老人生活质量", "有效提升", None),
            ("满意度指标", "服务对象满意度指标", "受助老人满意度", pct(0.95), "%"),
        ],
        merged=(1, 2),
    )
    s.row("注：补助标准为固定标准，按月足额发放。", merge=[(1, 6)])
    return b


@variant(
    "iu04-one-year-two-columns-ok", (8, 12), "one-year project in a multi-year form, 中期 = 年度"
)
def one_year() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="蓼湾区第二次全国污染源普查成果应用",
        dept="蓼湾区生态环境分局",
        unit="蓼湾区环境监测站",
        years=1,
        attr="一次性项目",
        money=[
            ("中期资金总额", C(64.8, WAN), "年度资金总额", C(64.8, WAN)),
            ("其中：财政拨款", C(64.8, WAN), "其中：财政拨款", C(64.8, WAN)),
            ("其他资金", C(0, WAN), "其他资金", C(0, WAN)),
        ],
        goals=["完成污染源数据库更新和应用报告。", "完成污染源数据库更新和应用报告。"],
    )
    s.row(*HEAD[:3], "中期指标值", "年度指标值", None)
    s.table(
        [
            ("产出指标", "数量指标", "更新入库污染源数", "≥1600个", "≥1600个"),
            (None, "质量指标", "数据审核通过率", pct(0.98), pct(0.98)),
            (None, "时效指标", "成果报告提交时间", "2025年11月30日前", "2025年11月30日前"),
            ("成本指标", "经济成本指标", "单个污染源核查成本", "≤300元/个", "≤300元/个"),
            ("效益指标", "生态效益指标", "重点排污单位监管覆盖率", pct(1), pct(1)),
            ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "iu05-numbers-in-names-ok",
    (1, 11),
    "project, NAT-2021, names with 12345/0-3岁/5G, 100% satisfaction",
)
def numbers_in_names() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s,
        year=2025,
        name="鹤坪市民生服务数字化提升",
        dept="鹤坪市政务服务数据管理局",
        unit="鹤坪市12345政务服务便民热线中心",
        money=[
            ("年度资金总额", C(512, WAN), "其中：财政拨款", C(512, WAN)),
            (None, None, "其他资金", C(0, WAN)),
        ],
        goals=[
            "提升12345热线接通和办结水平，推进0-3岁婴幼儿照护服务线上预约，配合完成5G基站选址协调。"
        ],
    )
    s.row(*HEAD, "指标方向", None)
    s.table(
        [
            ("产出指标", "数量指标", "12345热线年受理工单量", "≥42万件", "正向"),
            (None, None, "5G基站选址协调完成数", "≥60个", "正向"),
            (None, None, "0-3岁婴幼儿照护线上预约服务家庭数", "≥2500户", "正向"),
            (None, "质量指标", "12345热线工单按时办结率", pct(0.97), "正向"),
            (None, "时效指标", "12345热线平均接通时长", "≤20秒", "反向"),
            ("成本指标", "经济成本指标", "单件工单处理成本", "≤11.5元/件", "反向"),
            ("效益指标", "社会效益指标", "“一网通办”事项覆盖率", "≥90%", "正向"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "12345热线办理结果满意度",
                ok(pct(1), note="a 100% target: unusual, not wrong"),
                "正向",
            ),
        ],
        merged=(1, 2),
    )
    return b


@variant("iu06-old-labels-ok", (5,), "project, GD-OLD tier labels with bracketed alternatives")
def old_labels() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="枫溪镇文化广场升级改造工程",
        dept="枫溪镇人民政府",
        unit="枫溪镇公共服务中心",
        attr="新增项目",
        money=[
            ("年度资金总额", C(260, WAN), "其中：财政拨款", C(200, WAN)),
            (None, None, "其他资金", C(60, WAN)),
        ],
        goals=["完成文化广场4800平方米改造，新增健身器材40套。"],
    )
    s.row(*HEAD, None, None)
    s.table(
        [
            ("预期产出指标", "数量指标(或建筑规模指标)", "广场改造面积", "≥4800平方米"),
            (None, None, "新增健身器材", "≥40套"),
            (None, "质量指标", "工程验收合格率", pct(1)),
            (None, "时效指标(工期指标)", "竣工时间", "2025年10月31日前"),
            (None, "预算(或投资规模)控制指标", "工程造价", "≤260万元"),
            ("效果指标", "社会、经济、生态效益指标", "周边群众日均使用人次", "≥1500人次"),
            (None, "可持续影响指标", "设施管护制度", "健全"),
            (None, "服务对象满意度指标", "周边群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "iu08-signature-merged-ok",
    (4,),
    "project, OLD-NAT, table from column C, notes and signatures merged",
)
def signature_merged() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(3, 3, 16, 16, 30, 18, 14))
    s.row(None, None, "2025年度项目支出绩效目标表", merge=[(3, 7)])
    s.row(
        None,
        None,
        "项目名称",
        "桐陵县中小学校园安全视频监控运维",
        None,
        "主管部门",
        "桐陵县教育局",
        merge=[(4, 5)],
    )
    s.row(
        None, None, "项目资金（万元）", "年度资金总额", C(96.4, WAN), "其中：财政拨款", C(96.4, WAN)
    )
    s.row(
        None,
        None,
        "年度绩效目标",
        "保障全县58所中小学视频监控系统正常运行，故障及时修复。",
        merge=[(4, 7)],
    )
    s.row(None, None, *HEAD, "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "运维学校数", "58", "所"),
            (None, None, "运维摄像点位", "≥2300", "个"),
            (None, "质量指标", "系统在线率", pct(0.98), "%"),
            (None, "时效指标", "故障修复时间", "≤24", "小时"),
            (None, "成本指标", "单点位年运维费", "≤419", "元"),
            ("效益指标", "社会效益指标", "校园安全事件发现处置及时率", pct(0.95), "%"),
            ("满意度指标", "服务对象满意度指标", "学校满意度", pct(0.9), "%"),
        ],
        merged=(1, 2),
        col=3,
    )
    s.row(None, None, "注：1.运维费按合同单价计列；2.指标值均为年度值。", merge=[(3, 7)])
    s.row(
        None,
        None,
        "填表人：陶立新    审核人：鲁晓峰    联系电话：0731-5528417    填报日期：2024年11月18日",
        merge=[(3, 7)],
    )
    return b


@variant(
    "iu09-operator-columns-ok",
    (1, 11),
    "project, OLD-NAT, 比较符/计量单位/指标性质/指标方向 columns",
)
def operator_columns() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 26, 10, 12, 10, 10, 10))
    project_head(
        s,
        year=2025,
        name="岚石县动物疫病强制免疫",
        dept="岚石县农业农村局",
        unit="岚石县动物疫病预防控制中心",
        money=[
            ("年度资金总额", C(138.25, WAN), "其中：财政拨款", C(138.25, WAN)),
            (None, None, "其他资金", C(0, WAN)),
        ],
        goals=["完成口蹄疫、高致病性禽流感等强制免疫，免疫密度保持在90%以上。"],
    )
    s.row(
        "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标性质", "指标方向"
    )
    s.table(
        [
            ("产出指标", "数量指标", "畜禽免疫数量", "≥", "86", "万头（羽）", "定量", "正向"),
            (None, "质量指标", "应免畜禽免疫密度", "≥", pct(0.9, "0.0%"), "%", "定量", "正向"),
            (None, None, "免疫抗体合格率", "≥", C(0.7, "0.0%"), "%", "定量", "正向"),
            (None, "时效指标", "春秋集中免疫完成时限", "≤", "30", "日", "定量", "反向"),
            (None, "成本指标", "疫苗采购单价", "≤", "0.6", "元/头份", "定量", "反向"),
            ("效益指标", "经济效益指标", "重大动物疫病发生率", "≤", "0.5", "%", "定量", "反向"),
            (None, "社会效益指标", "区域重大动物疫情", "=", "0", "起", "定量", "反向"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", "92", "%", "定量", "正向"),
        ],
        merged=(1, 2),
    )
    s.row("填报说明：比较符、计量单位分列填写；指标性质填定量或定性。", merge=[(1, 8)])
    return b


@variant("iu10-shanghai-yuan-ok", (5, 12), "project, Shanghai framework, 元, >= and =100%")
def shanghai() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    s.title("2025年度财政项目支出绩效目标表", 4)
    s.row("项目名称", "沪滨区社区图书馆通借通还服务", "项目类别", "经常性专项业务费")
    s.row("项目总预算（元）", C(1286400, YUAN), "项目当年预算（元）", C(1286400, YUAN))
    s.row("项目起止时间", day(2025, 1, 1, CN_DATE), "至", day(2025, 12, 31, CN_DATE))
    s.row("年度目标", "实现全区27个社区图书馆通借通还，年流通量达到60万册次。", merge=[(2, 4)])
    s.row("一级目标", "二级目标", "三级目标", "指标目标值")
    s.table(
        [
            ("投入与管理", "财务管理", "资金使用合规性", "合规"),
            (None, "实施管理", "服务规范执行率", ">=95%"),
            ("产出目标", "数量", "通借通还网点数", "=27个"),
            (None, None, "年图书流通量", ">=60万册次"),
            (None, "质量", "图书配送准确率", "=100%"),
            (None, "时效", "预约图书送达时间", "<=3个工作日"),
            (None, "成本", "单网点年均运营成本", "<=47644.44元"),
            ("效果目标", "社会效益", "持证读者增长率", ">=5%"),
            (None, "满意度", "读者满意度", ">=90%"),
            ("影响力目标", "长效管理", "通借通还管理制度", "健全"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "iu11-two-line-header-ok",
    (6, 7, 8),
    "three-year project, two-line header repeated after a page break",
)
def two_line_header() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        years=3,
        name="石屏县高标准农田建设（2025—2027年）",
        dept="石屏县农业农村局",
        unit="石屏县农田建设服务中心",
        attr="新增项目",
        money=[
            ("中期资金总额", C(5400, WAN), "年度资金总额", C(1800, WAN)),
            ("其中：财政拨款", C(4500, WAN), "其中：财政拨款", C(1500, WAN)),
            ("其他资金", C(900, WAN), "其他资金", C(300, WAN)),
        ],
        goals=[
            "三年建成高标准农田3.6万亩，亩均粮食产能提高100斤。",
            "2025年建成高标准农田1.2万亩。",
        ],
    )
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 5)])
    s.row(None, None, None, "中期", "年度", None)
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table(
        [
            ("产出指标", "数量指标", "建成高标准农田面积", "≥3.6万亩", "≥1.2万亩"),
            (None, None, "新建改造渠道长度", "≥90公里", "≥30公里"),
            (None, "质量指标", "工程验收合格率", "100%", "100%"),
            (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ],
        merged=(1, 2),
    )
    s.skip()  # page break
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 5)])
    s.row(None, None, None, "中期", "年度", None)
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table(
        [
            ("成本指标", "经济成本指标", "亩均建设成本", "≤1500元/亩", "≤1500元/亩"),
            ("效益指标", "经济效益指标", "亩均粮食产能提高", "≥100斤", "≥30斤"),
            (None, "可持续影响指标", "工程管护责任落实率", "100%", "100%"),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b
