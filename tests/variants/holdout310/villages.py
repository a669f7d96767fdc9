"""Express half: 快递进村 and 村级寄递物流综合服务站 (th07–th12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout310.common import (
    indicators,
    multi_year,
    notes,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout310.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct


@variant(
    "th07-stations-flat",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "percent cells typed in Excel, a rise in 百分点, weights adding to 100 (correct)",
)
def stations_flat() -> Book:
    b, s = start("Sheet1", (34, 10, 12, 12, 14, 14))
    department_head(
        s,
        year=2025,
        dept="鹤垄县交通运输局",
        budget=[(money(268.4), money(240), money(28.4), money(118.4), money(150))],
        goal="建成45个村级寄递物流综合服务站，快递服务基本覆盖全部建制村。",
    )
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("建设村级寄递物流综合服务站数量", 20, "个", "≥", 45),
        ("快递服务建制村覆盖率", 15, "%", "≥", pct(0.98)),
        ("快递直接进村建制村比例同比提高", 10, "百分点", "≥", 6),
        ("进村快件平均滞留时长", 10, "小时", "≤", 48),
        ("单个村级站点建设补助", 10, "万元/个", "≤", 2.4),
        ("村级站点月均寄递业务量", 10, "件", "≥", 1500),
        ("农村居民寄递服务知晓率", 10, "%", "≥", pct(0.9)),
        ("村民寄递服务满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant(
    "th08-stations-flat-defects",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
    "a unit against the unit column, a 反向 rate with ≥, weights adding to 95",
)
def stations_flat_defects() -> Book:
    b, s = start("Sheet1", (30, 14, 10, 12, 10, 14))
    department_head(
        s,
        year=2025,
        dept="澄溆县商务局",
        budget=[(money(132), money(120), money(12), money(52), money(80))],
        goal="新建30个村级寄递物流综合服务站，推动农村电商与快递共同配送。",
    )
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    unit = mk("≥2.6万件", "T112", "error", note="值的单位万件与计量单位列的吨不一致")
    wrong = mk("≥0.05%", "T108", "warning", row=True, note="丢失损毁率是反向指标，应为≤")
    s.table([
        ("新建村级寄递物流综合服务站", "≥30个", "正向", "个", 20),
        ("日均进村快件量", unit, "正向", "吨", 15),
        ("快件丢失损毁率", wrong, "反向", "%", 10),
        ("进村快件按时妥投率", "≥95%", "正向", "%", 15),
        ("单个服务站建设补助", "≤2万元/个", "反向", "万元/个", 10),
        ("农村电商快件共同配送率", "≥60%", "正向", "%", 10),
        ("村民寄递服务满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 20+15+10+15+10+10+15 = 95，应为 100")
    return b


@variant(
    "th09-express-three-year",
    (8,),
    "three-year project, NAT-2021, 实施期 and 年度 columns: 年度目标 copied from 中期目标, "
    "a cumulative count copied, an annual count above its period count",
)
def express_three_year() -> Book:
    b, s = start()
    goal = "三年建成90个村级寄递物流综合服务站，实现快递服务建制村全覆盖。"
    project_head(
        s,
        year=2025,
        years=3,
        name="快递进村工程（2025—2027年）",
        dept="鹤垄县交通运输局（207015）",
        unit="鹤垄县农村物流服务中心",
        attr="新增项目",
        money=multi_year((wan(360), wan(300), wan(60)), (wan(120), wan(100), wan(20))),
        goals=[goal, mk(goal, "D204", "warning", note="三年期项目的年度目标照抄中期目标")],
    )
    s.row("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
    copied = mk("≥12条", "D202", "warning", note="累计开通线路数，年度值照抄实施期值")
    above = mk("≥300人次", "D201", "error", note="年度培训人次大于三年累计的270人次")
    indicators(s, [
        ("成本指标", "经济成本指标", "单个村级服务站建设补助", "≤3万元/个", "≤3万元/个"),
        ("产出指标", "数量指标", "建成村级寄递物流综合服务站数", "≥90个", "≥30个"),
        (None, None, "开通农村客货邮融合线路数", "≥12条", copied),
        (None, None, "培训村级站点负责人人次", "≥270人次", above),
        (None, "质量指标", "服务站建设验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "进村快件平均投递时限", "≤48小时", "≤48小时"),
        ("效益指标", "经济效益指标", "经服务站寄出农产品快件量", "≥300万件", "≥80万件"),
        (None, "社会效益指标", "快递服务建制村覆盖率", "100%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "村民寄递服务满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "th10-station-points",
    (5, 7, 10),
    "project, NAT-2021, a tier-1 score column and an indicator score column both adding to "
    "100, headers 考核指标 and 目标值（年度）, a rate raised in 百分点 (correct)",
)
def station_points() -> Book:
    b, s = start("Sheet1", (14, 8, 20, 34, 16, 8))
    project_head(
        s,
        year=2025,
        name="村级寄递物流综合服务站运营补助",
        dept="鹤垄县交通运输局（207015）",
        unit="鹤垄县农村物流服务中心",
        money=one_year(wan(75), wan(70), wan(5)),
        goals=["对50个村级寄递物流综合服务站给予运营补助，保障站点稳定运营。"],
    )
    s.row("一级指标", "分值", "二级指标", "考核指标", "目标值（年度）", "分值")
    indicators(s, [
        ("产出指标", 50, "数量指标", "享受运营补助的村级服务站数", "≥50个", 20),
        (None, None, None, "服务站代收代投快件量", "≥60万件", 10),
        (None, None, "质量指标", "服务站规范化运营达标率", "≥90%", 10),
        (None, None, "时效指标", "运营补助按季度拨付及时率", "≥95%", 10),
        ("成本指标", 10, "经济成本指标", "单个服务站年度运营补助", "≤1.5万元/个", 10),
        ("效益指标", 30, "社会效益指标", "建制村快递服务通达率提高", "≥3百分点", 15),
        (None, None, "可持续影响指标", "村级服务站持续运营率", "≥95%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "村民寄递服务满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "th11-delivery-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 scores against the indicator scores under them (45 under 50, "
    "35 under 30), a 合格率 given as a count",
)
def delivery_points_wrong() -> Book:
    b, s = start("Sheet1", (14, 12, 20, 30, 16, 10))
    project_head(
        s,
        year=2025,
        name="快递进村“最后一公里”配送补贴",
        dept="澄溆县商务局（312006）",
        unit="澄溆县电子商务服务中心",
        money=one_year(wan(100), wan(90), wan(10)),
        goals=["对120个建制村的进村配送给予补贴，降低农户寄递成本。"],
    )
    s.row("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")
    out = mk(50, "W103", "error", note="其下指标分值 15+10+10+10 = 45")
    gain = mk(30, "W103", "error", note="其下指标分值 10+15+10 = 35")
    count = mk("24辆", "T105", "error", note="合格率写成了车辆数")
    indicators(s, [
        ("产出指标", out, "数量指标", "享受配送补贴的建制村数", "≥120个", 15),
        (None, None, None, "补贴进村配送车辆数", "≥24辆", 10),
        (None, None, "质量指标", "配送车辆年检合格率", count, 10),
        (None, None, "时效指标", "进村快件当日配送率", "≥85%", 10),
        ("成本指标", 10, "经济成本指标", "单个建制村年度配送补贴", "≤0.8万元/个", 10),
        ("效益指标", gain, "经济效益指标", "农户单件寄递成本降低", "≥10%", 10),
        (None, None, "社会效益指标", "建制村快递服务通达率", "≥98%", 15),
        (None, None, None, "农村寄递末端网点共配率", "≥50%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "村民寄递服务满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "th12-hub-notes",
    (4,),
    "project, OLD-NAT, weight and 评价标准 columns: 小计 rows, a header row repeated after a "
    "page break, a 合计 row, 填表说明 and signature lines below (correct)",
)
def hub_notes() -> Book:
    b, s = start("Sheet1", (14, 18, 30, 14, 8, 22))
    project_head(
        s,
        year=2025,
        name="乡镇快递共同配送中心运营补助",
        dept="澄溆县商务局（312006）",
        unit="澄溆县电子商务服务中心",
        money=one_year(wan(48), wan(40), wan(8)),
        goals=["支持乡镇快递共同配送中心运营，进村快件统一分拣、统一配送。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重", "评价标准")
    s.row(*head)
    indicators(s, [
        ("产出指标", "数量指标", "共配中心日均分拣进村快件量", "≥8000件", 15, "按达标比例计分"),
        (None, None, "共同配送覆盖建制村数", "≥96个", 10, "每少1个扣0.5分"),
        (None, "质量指标", "进村快件分拣差错率", "≤0.1%", 15, "超过目标不得分"),
        (None, "时效指标", "进村快件当日分拣完成率", "≥95%", 10, "按完成比例计分"),
        (None, "成本指标", "共配中心年度运营补助", "≤48万元", 10, "超支不得分"),
    ])  # fmt: skip
    s.row("小计", None, None, None, 60, None, merge=[(1, 4)])
    s.skip()
    s.row(*head)
    indicators(s, [
        ("效益指标", "社会效益指标", "快递进村建制村覆盖率", "≥98%", 15, "按覆盖比例计分"),
        (None, "可持续影响指标", "共配中心持续运营年限", "≥3年", 15, "中途停运不得分"),
    ])  # fmt: skip
    s.row("小计", None, None, None, 30, None, merge=[(1, 4)])
    indicators(s, [
        ("满意度指标", "服务对象满意度指标", "进村快递用户满意度", "≥90%", 10, "抽样调查"),
    ])  # fmt: skip
    s.row("小计", None, None, None, 10, None, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    notes(s, [
        "填表说明：1.权重合计为100；2.小计、合计行不是指标；3.金额单位为万元。",
        "注：共同配送覆盖建制村数按年末开通共配线路的建制村计。",
    ])  # fmt: skip
    signature(s, "邝沅青", "0745-6630218", day(2024, 12, 16, CN_DATE))
    return b
