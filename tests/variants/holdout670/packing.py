"""The packing line for plums and strawberries: hd13–hd18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout670.common import (
    HEAD,
    HEAD2,
    multi_year,
    new,
    note,
    one_year,
    sign,
    table,
)
from tests.variants.holdout670.common import w as wan
from tests.variants.holdout670.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok


@variant("hd13-packing-line-build", (4, 7),
         "project, NAT-2021, headers 考核指标 and 目标值（年度）, a 注 row between tiers, a "
         "说明 explaining the total, 填表说明, signature and date lines (correct)")  # fmt: skip
def packing_line_build() -> Book:
    b, s = new()
    project_head(
        s,
        year=2026,
        name="沅墩县果品商品化处理中心李子草莓分选包装线建设",
        dept="沅墩县供销合作社联合社",
        unit="沅墩县果品流通服务中心",
        money=one_year(200, 180, 20),
        attr="新增项目",
        goals=["建成李子、草莓自动分选包装线1条，日分选包装能力40吨，8月底前投产。"],
    )
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）")
    table(s, [
        ("产出指标", "数量指标", "新建自动分选包装线", "≥1条"),
        (None, None, "日分选包装能力", "≥40吨"),
        (None, "质量指标", "鲜果分选准确率", "≥95%"),
        (None, None, "设备验收合格率", "100%"),
        (None, "时效指标", "包装线投产时间", "2026年8月31日前"),
    ], head=head)  # fmt: skip
    note(s, "注：日分选包装能力按每日8小时作业计算。")
    s.table([
        ("成本指标", "经济成本指标", "分选包装线购置及安装成本", "≤200万元"),
        ("效益指标", "经济效益指标", "鲜果商品化处理率", "提高≥15百分点"),
        (None, "社会效益指标", "带动就近就业", "≥25人"),
        ("满意度指标", "服务对象满意度指标", "入驻合作社满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：项目资金200万元 = 设备购置180万元 + 安装调试20万元。")
    note(s, "填表说明：目标值应可衡量，定量指标须写明比较符和计量单位。")
    sign(s, "覃映川", "0774-6390217", day(2025, 11, 12, CN_DATE))
    return b


@variant("hd14-packing-box-upgrade", (6,),
         "project, OLD-NAT, one value column: one indicator under two tier-2s with different "
         "values, a box cost under 数量, a template example row left in")  # fmt: skip
def packing_box_upgrade() -> Book:
    b, s = new()
    project_head(
        s,
        year=2026,
        name="草莓鲜果包装线升级改造",
        dept="芦湾区农业农村局",
        unit="芦湾区草莓产业协会",
        money=one_year(66, 60, 6),
        goals=["改造草莓鲜果包装线2条，年包装草莓鲜果80万箱，包装破损率控制在2%以内。"],
    )
    table(s, [
        ("产出指标", "数量指标", "改造草莓鲜果包装线", "≥2条"),
        (None, None, "年包装草莓鲜果", "≥80万箱"),
        (None, None, mk("每箱包装材料成本", "F201", "warning", row=True,
                        note="单箱成本是成本指标，填在数量下"), "≤0.15元/箱"),
        (None, None, "（示例）培训人数",
         mk("≥**人", "X101", "error", row=True, note="模板示例行未删除")),
        (None, "质量指标", "包装破损率", "≤2%"),
        (None, "时效指标", "包装线改造完成时间", "2026年3月31日前"),
        (None, "成本指标", "单条包装线改造成本", "≤25万元/条"),
        ("效益指标", "经济效益指标", "草莓鲜果溢价销售收入", "≥120万元"),
        (None, "社会效益指标", "包装破损率",
         mk("≤3%", "D102", "error", row=True, alt=("D101", "D103"),
            note="与质量指标下的包装破损率≤2%是同一指标，指标值不同")),
        ("满意度指标", "服务对象满意度指标", "采购商满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hd15-packing-page-break", (4, 12),
         "department, NAT-2021, weight column: tasks adding up, 小计 rows, the header repeated "
         "after a page break, a 合计 row (correct)")  # fmt: skip
def packing_page_break() -> Book:
    b, s = new()
    department_head(s, year=2026, dept="沅墩县果品流通服务中心",
                    goal="全年包装李子、草莓鲜果2000吨，服务合作社30家，冷链损耗率控制在5%以内。",
                    budget=[(wan(520), wan(500), wan(20), wan(380), wan(140))],
                    tasks=[("包装线运维", "分选包装线运行维护和耗材", wan(90), "包装鲜果2000吨"),
                           ("果品包装设计", "李子、草莓统一包装设计", wan(50), "服务合作社30家"),
                           ("金额合计", None, wan(140), None)])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    table(s, [
        ("产出指标", "数量指标", "包装李子草莓鲜果", "≥2000吨", 15),
        (None, None, "服务果品合作社", "≥30家", 15),
        (None, "质量指标", "包装成品合格率", "≥98%", 10),
        (None, "时效指标", "订单按期发货率", "≥95%", 10),
    ], head=head)  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.skip()
    s.row(*head)
    s.table([
        ("成本指标", "经济成本指标", "单吨鲜果包装成本", "≤450元/吨", 10),
        ("效益指标", "经济效益指标", "带动果农增收", "≥200万元", 15),
        (None, "可持续影响指标", "冷链损耗率", "≤5%", 15),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    return b


@variant("hd16-packing-grading-second-sheet", (7,),
         "project: head on the first sheet, indicators on a second sheet under 指标内容 and "
         "预期目标: the goal's tonnage against the indicator, a start-up date after the "
         "one-year project ends")  # fmt: skip
def packing_grading_second_sheet() -> Book:
    b, s = new("项目信息")
    goal = "建成李子自动分级包装线1条，年处理李子鲜果1500吨，优质果率提高到70%。"
    project_head(
        s,
        year=2026,
        name="石溆乡李子分级包装线建设",
        dept="沅墩县农业农村局",
        unit="石溆乡农业服务中心",
        money=one_year(130, 120, 10),
        goals=[ok(goal)],
    )
    t = b.sheet("绩效指标")
    t.title("项目绩效指标（2026年度）", 4)
    table(t, [
        ("产出指标", "数量指标", "建成李子分级包装线", "≥1条"),
        (None, None, "年处理李子鲜果",
         mk("≥600吨", "D104", "warning", row=True, note="年度绩效目标写1500吨")),
        (None, "质量指标", "分级后李子优质果率", "≥70%"),
        (None, "时效指标", "包装线投产时间",
         mk("2027年6月30日前", "Y102", "error", note="一年期项目2026年12月31日结束")),
        (None, "成本指标", "分级包装线建设成本", "≤130万元"),
        ("效益指标", "经济效益指标", "分级销售增收", "≥60万元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "指标内容", "预期目标"))  # fmt: skip
    return b


@variant("hd17-packing-cold-chain-period", (8, 12),
         "two-year project, NAT-2021, 中期 and 年度 columns: the annual money above the "
         "period's, the 中期目标 text copied into 年度目标")  # fmt: skip
def packing_cold_chain_period() -> Book:
    b, s = new()
    text = "建成果品冷链包装中心二期，提升李子、草莓鲜果的预冷和包装能力，降低采后损耗。"
    annual = (mk(wan(650), "B103", "error", note="年度资金650大于中期资金600"),
              ok(wan(610), "error"), 40)  # fmt: skip
    project_head(s, year=2026, name="果品冷链包装中心二期", dept="沅墩县供销合作社联合社",
                 unit="沅墩县果品流通服务中心", money=multi_year((600, 560, 40), annual),
                 goals=[text, mk(text, "D204", "warning", note="两年期项目的年度目标照抄中期目标")],
                 years=2)  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "新增预冷库容", "≥800吨", "≥500吨"),
        (None, None, "包装李子草莓鲜果", "≥5000吨", "≥2000吨"),
        (None, "质量指标", "冷链运输温控达标率", "≥95%", "≥95%"),
        (None, "时效指标", "二期工程完工时间", "2027年10月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单吨库容建设成本", "≤0.6万元/吨", "≤0.6万元/吨"),
        ("效益指标", "经济效益指标", "冷链包装服务收入", "≥150万元", "≥60万元"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%", "≥90%"),
    ], head=HEAD2)  # fmt: skip
    return b


@variant("hd18-packing-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in the two projects (correct)")  # fmt: skip
def packing_stacked() -> Book:
    b, s = new("项目绩效目标")
    project_head(s, year=2026, name="李子草莓包装线运行维护", dept="沅墩县供销合作社联合社",
                 unit="沅墩县果品流通服务中心", money=one_year(45, 45, 0),
                 goals=["保障分选包装线全年正常运行，包装鲜果2000吨。"])  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "包装李子草莓鲜果", "≥2000吨"),
        (None, "质量指标", "设备完好率", "≥95%"),
        (None, "时效指标", "故障响应时间", "≤24小时"),
        (None, "成本指标", "单吨包装运维成本", "≤200元/吨"),
        ("效益指标", "社会效益指标", "服务果品合作社", "≥30家"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ], head=HEAD)  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="沅墩李子草莓包装品牌推广", dept="沅墩县供销合作社联合社",
                 unit="沅墩县果品流通服务中心", money=one_year(30, 28, 2), title="",
                 goals=["设计统一包装品牌1个，参加农产品展销会4场。"])  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "参加农产品展销会", "≥4场"),
        (None, None, "设计统一包装品牌", "≥1个"),
        (None, "质量指标", "包装设计方案通过评审率", "100%"),
        (None, "时效指标", "品牌包装启用时间", "2026年5月31日前"),
        (None, "成本指标", "单场展销会参展费用", "≤5万元/场"),
        ("效益指标", "经济效益指标", "展销会签约金额", "≥300万元"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥85%"),
    ], head=HEAD)  # fmt: skip
    return b
