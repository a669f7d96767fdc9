"""The processing plant: production lines, a refining extension, stacked projects, a
budget-system export and a scored table (kff07–kff12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout828.common import (
    DEPT,
    details,
    indicators,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout828.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("kff07-clean-line", (1, 7, 12),
         "project, OLD-NAT, budget detail block above the table, header 绩效指标值, operators in "
         "words, unit column, =100% typed (correct)")  # fmt: skip
def clean_line() -> Book:
    b, s = project(2026, "春芽茶叶加工厂名优茶清洁化生产线项目", "茗岙县春芽茶叶专业合作社",
                   one_year(260, 200, 60),
                   ["新建名优茶清洁化生产线2条，购置茶叶烘干设备4台，2026年10月底前投产，"
                    "新增干茶加工能力150吨。"], attr="新增项目")  # fmt: skip
    details(s, [["名优茶清洁化生产线", 2, wan(80), wan(160)],
                ["茶叶烘干设备", 4, wan(15), wan(60)],
                ["厂房改造", 1, wan(30), wan(30)],
                ["电力增容", 1, wan(10), wan(10)]], wan(260))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "绩效指标值", "计量单位"), [
        ["产出指标", "数量指标", "新建清洁化生产线", "大于等于", 2, "条"],
        [None, None, "购置烘干设备", "大于等于", 4, "台"],
        [None, "质量指标", "设备安装验收合格率", "等于", pct(1.0), "%"],
        [None, "时效指标", "生产线投产时间", "小于等于", day(2026, 10, 31, CN_DATE), None],
        [None, "成本指标", "单条生产线购置成本", "小于等于", 80, "万元/条"],
        ["效益指标", "经济效益指标", "新增干茶加工能力", "大于等于", 150, "吨"],
        [None, "社会效益指标", "带动就业人数", "大于等于", 40, "人"],
        [None, "可持续影响指标", "生产线设计使用年限", "大于等于", 10, "年"],
        ["满意度指标", "服务对象满意度指标", "合作社社员满意度", "大于等于", 90, "%"],
    ])  # fmt: skip
    notes(s, "注：生产线购置成本按2条×80万元计，含运输安装。")
    sign(s, "祝明远", "0571-6877301", (2025, 10, 30))
    return b


@variant("kff08-refinery-cost", (12,),
         "project, OLD-NAT, detail lines under the head: lines not adding to 合计, a goal's "
         "capacity above the indicator, a unit cost × count above the money")  # fmt: skip
def refinery() -> Book:
    b, s = project(2026, "茗岙县茶叶精制加工厂扩建项目", "茗岙县茶叶精制加工厂", one_year(180, 180),
                   ["建成茶叶精制生产线1条，新增年精制加工能力500吨，建设冷藏库2座。"])  # fmt: skip
    details(s, [["茶叶精制生产线", 1, wan(90), wan(90)],
                ["茶叶冷藏库", 2, wan(25), wan(50)],
                ["自动包装线", 1, wan(30), wan(30)]],
            mk(wan(180), "B102", "error", note="90 + 50 + 30 = 170，合计写180"))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ["产出指标", "数量指标", "新建茶叶精制生产线", "≥1条"],
        [None, None, "建设冷藏库", "≥2座"],
        [None, "质量指标", "精制茶出厂检验合格率", "≥98%"],
        [None, "时效指标", "项目竣工时间", "2026年12月31日前"],
        [None, "成本指标", "冷藏库单座建设成本",
         mk("≤100万元/座", "B107", "warning", row=True,
            note="100万元 × 2座 = 200万元，超过年度资金180万元（明细每座25万元）")],
        ["效益指标", "经济效益指标", "新增年精制加工能力",
         mk("≥300吨", "D104", "warning", row=True, note="年度目标写新增500吨")],
        [None, "社会效益指标", "带动茶农户数", "≥500户"],
        ["满意度指标", "服务对象满意度指标", "供货茶农满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant("kff09-plants-stacked", (2, 4),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "names with different values, 注 rows and a signature line (correct)")  # fmt: skip
def plants_stacked() -> Book:
    b, s = project(2026, "茶叶加工厂标准化改造项目", "茗岙县云栖茶叶加工厂", one_year(120, 100, 20),
                   ["完成加工车间标准化改造1200平方米，更新揉捻机12台。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ["产出指标", "数量指标", "车间标准化改造面积", "≥1200平方米"],
        [None, None, "更新揉捻机", "≥12台"],
        [None, "质量指标", "设备验收合格率", "≥95%"],
        [None, "时效指标", "改造完成时间", "2026年9月30日前"],
        [None, "成本指标", "车间改造单位成本", "≤600元/平方米"],
        ["效益指标", "社会效益指标", "带动茶农户数", "≥300户"],
        ["满意度指标", "服务对象满意度指标", "供货茶农满意度", "≥90%"],
    ])  # fmt: skip
    notes(s, "注：其他资金20万元为企业自筹。")
    s.skip()
    project_head(s, year=2026, name="茶叶初制所清洁化改造项目", dept=DEPT,
                 unit="茗岙县石枫茶叶初制所", money=one_year(80, 80),
                 goals=["完成初制所清洁化改造3个，更换电热杀青机6台。"], title="")  # fmt: skip
    indicators(s, head, [
        ["产出指标", "数量指标", "清洁化改造初制所", "≥3个"],
        [None, None, "更换电热杀青机", "≥6台"],
        [None, "质量指标", "设备验收合格率", "≥98%"],
        [None, "时效指标", "改造完成时间", "2026年6月30日前"],
        [None, "成本指标", "单个初制所改造成本", "≤26万元/个"],
        ["效益指标", "社会效益指标", "带动茶农户数", "≥150户"],
        ["满意度指标", "服务对象满意度指标", "供货茶农满意度", "≥90%"],
    ])  # fmt: skip
    notes(s, "注：两个项目分别核算，指标值各自填写。", "填表说明：指标值按项目分别填报。")
    sign(s, "许知秋", "0571-6863358", (2025, 11, 12))
    return b


@variant("kff10-storage-stacked", (2,),
         "two projects stacked, OLD-NAT: the second's total not the sum of its sources, last "
         "year's deadline, one indicator twice with two values")  # fmt: skip
def storage_stacked() -> Book:
    b, s = project(2026, "茶叶加工厂数字化改造项目", "茗岙县云栖茶叶加工厂", one_year(150, 120, 30),
                   ["建成加工数字化管控系统1套，接入加工设备40台。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ["产出指标", "数量指标", "接入数字化管控设备", "≥40台"],
        [None, "质量指标", "系统验收合格率", "≥95%"],
        [None, "时效指标", "系统上线时间", "2026年8月31日前"],
        [None, "成本指标", "单台设备接入成本", "≤3万元/台"],
        ["效益指标", "经济效益指标", "单位加工能耗下降率", "≥8%"],
        ["满意度指标", "服务对象满意度指标", "加工厂职工满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="茶叶仓储物流中心建设项目", dept=DEPT,
                 unit="茗岙县茶叶流通协会",
                 money=[["年度资金总额", mk(wan(100), "B101", "error",
                                            note="财政拨款70 + 其他资金20 = 90"),
                         "其中：财政拨款", wan(70)], ["其他资金", wan(20), None, None]],
                 goals=["建成茶叶恒温仓库1座，新增茶叶仓储容量800吨。"], title="")  # fmt: skip
    indicators(s, head, [
        ["产出指标", "数量指标", "新增茶叶仓储容量", "≥800吨"],
        [None, "质量指标", "仓库温湿度达标率", "≥95%"],
        [None, "时效指标", "仓储中心建成时间",
         mk("2025年12月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2026年的项目，期限却在2025年")],
        ["效益指标", "经济效益指标", "新增茶叶仓储容量",
         mk("≥600吨", "D102", "error", row=True, alt=("D101", "D103"),
            note="同名指标在数量指标下为800吨")],
        [None, "社会效益指标", "服务茶企数量", "≥30家"],
        ["满意度指标", "服务对象满意度指标", "入库茶企满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant("kff11-lab-export", (7,),
         "budget-system export: money on sheet 05-1, the indicator table on sheet 05-2 with "
         "codes in the first columns and the header on the third row (correct)")  # fmt: skip
def lab_export() -> Book:
    b = Book()
    m = b.sheet("部门项目支出预算05-1", (18, 30, 14, 14, 14))
    m.title("2026年部门项目支出预算表", 5)
    m.row("单位：茗岙县茶叶质量检测站", None, None, None, "单位：万元")
    m.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    m.row("33112626001", "茶叶加工质量检测中心建设", wan(95), wan(80), wan(15))
    s = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 14, 26, 10, 12, 10))
    s.title("2026年部门项目支出绩效目标表", 8)
    s.row("单位：茗岙县茶叶质量检测站", merge=[(1, 8)])
    code, name = "33112626001", "茶叶加工质量检测中心建设"
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
            "度量单位")  # fmt: skip
    indicators(s, head, [
        [code, name, "产出指标", "数量指标", "购置检测设备", "≥", 12, "台"],
        [code, name, None, None, "年检测茶样批次", "≥", 1500, "批次"],
        [code, name, None, "质量指标", "检测结果准确率", "≥", pct(0.99), "%"],
        [code, name, None, "时效指标", "检测报告出具时限", "≤", 5, "个工作日"],
        [code, name, "成本指标", "经济成本指标", "单台检测设备购置成本", "≤", 5, "万元/台"],
        [code, name, "效益指标", "社会效益指标", "加工茶企送检覆盖率", "≥", 80, "%"],
        [code, name, "满意度指标", "服务对象满意度指标", "送检茶企满意度", "≥", 90, "%"],
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("kff12-scored-upgrade", (5, 10),
         "project, NAT-2021, tier-1 score column and indicator score column: the 产出 scores "
         "not adding to the tier's, a 合格率 under 时效指标")  # fmt: skip
def scored_upgrade() -> Book:
    b, s = project(2026, "茶叶加工厂提质增效技术改造项目", "茗岙县春芽茶叶专业合作社",
                   one_year(140, 140),
                   ["改造红茶发酵生产线1条，新增智能揉捻机组3套。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ["产出指标", mk(40, "W103", "error", note="其下指标分值 10+10+10+5 = 35"),
         "数量指标", "改造红茶发酵生产线", "≥1条", 10],
        [None, None, None, "新增智能揉捻机组", "≥3套", 10],
        [None, None, "质量指标", "发酵车间温湿度达标率", "≥95%", 10],
        [None, None, "时效指标", "红茶加工产品出厂合格率",
         mk("≥98%", "F201", "warning", row=True, note="合格率是质量，不是时效"), 5],
        ["成本指标", 20, "经济成本指标", "智能揉捻机组单套购置成本", "≤30万元/套", 20],
        ["效益指标", 30, "经济效益指标", "红茶加工产值增长率", "≥10%", 15],
        [None, None, "可持续影响指标", "改造设备使用年限", "≥8年", 15],
        ["满意度指标", 10, "服务对象满意度指标", "合作社社员满意度", "≥90%", 10],
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，与W103是同一处错误")
    return b
