"""Returns sc07–sc12: 农村电商服务站, 快递进村, 电商直播 and 电商公共服务中心."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout279.common import (
    book,
    budget,
    funds,
    indicators,
    notes,
    signature,
    tasks,
)
from tests.variants.holdout279.registry import variant
from tests.variants.kit import Book, day, mk

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")

STATIONS = [
    ("产出指标", "数量指标", "运营补助村级电商服务站数量", "≥120个"),
    (None, None, "电商培训人次", "≥800人次"),
    (None, None, "农产品上行快递补贴单量", "≥35万单"),
    (None, "质量指标", "服务站达标运营率", "≥90%"),
    (None, "时效指标", "补助资金拨付时间", "2025年11月30日前"),
    ("成本指标", "经济成本指标", "服务站运营补助标准", "≤1万元/个"),
    (None, None, "电商培训补助标准", "≤500元/人次"),
    (None, None, "快递上行补贴标准", "≤2元/单"),
    ("效益指标", "经济效益指标", "农产品网络零售额增长率", "≥12%"),
    (None, "社会效益指标", "带动农户增收户数", "≥3000户"),
    ("满意度指标", "服务对象满意度指标", "服务站站长满意度", "≥90%"),
]  # fmt: skip


@variant("sc07-station-department", (12, 4),
         "department, NAT-2021: budget and key tasks adding up, standards × counts equal to "
         "the task money, 注 lines explaining the total, signature dated the year before "
         "(correct)")  # fmt: skip
def station_department() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2025, dept="鹤岙县电子商务公共服务中心",
                    budget=budget(415, 375, 40, 185, 230),
                    tasks=tasks(("服务站运营补助", "村级电商服务站运营补助", 120, "补助站点120个"),
                                ("快递上行补贴", "农产品上行快递补贴", 70, "补贴35万单"),
                                ("电商人才培训", "农村电商实操培训", 40, "培训800人次")),
                    goal="稳定运营村级电商服务站120个，农产品网络零售额增长12%以上。",
                    filled=day(2024, 11, 18))  # fmt: skip
    indicators(s, HEAD4, STATIONS, caption="年度绩效指标")
    notes(s, "注：1.金额合计为项目支出合计230万元，基本支出185万元不列入年度主要任务。",
          "2.“万单”指农产品上行快递包裹件数；培训补助按实际参训人次结算。")  # fmt: skip
    signature(s, "谷怀远", "0576-7720918", day(2024, 11, 18))
    return b


UPGRADE = [
    ("产出指标", "数量指标", "提质升级电商服务站数量", "≥48个"),
    (None, None, "直播带货培训场次", "≥12场"),
    (None, "质量指标", "升级站点验收合格率", "≥95%"),
    (None, "时效指标", "升级改造完成时间", "2025年10月底前"),
    (None, "成本指标", "单站提质升级补助", "≤2万元"),
    ("效益指标", "经济效益指标", "服务站农产品上行交易额占比", "提高≥2百分点"),
    (None, "社会效益指标", "服务站代收代投快递覆盖行政村数", "≥130个"),
    (None, "可持续影响指标", "升级站点持续运营率", "≥90%"),
    ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
]  # fmt: skip


@variant("sc08-upgrade-two-row-head", (7, 10),
         "project, OLD-NAT, two-row header (绩效指标 / 预期目标 over 指标内容 and 绩效标准), "
         "a share raised in 百分点, standard × count equal to the budget (correct)")  # fmt: skip
def upgrade_two_row_head() -> Book:
    b, s = book()
    project_head(s, year=2025, name="鹤岙县农村电商服务站提质升级项目",
                 dept="鹤岙县商务局 604", unit="鹤岙县电子商务公共服务中心",
                 money=funds(96, 96, 0),
                 goals=["提质升级村级电商服务站48个，开展直播带货培训12场，"
                        "服务站农产品上行交易额占比提高2个百分点以上。"])  # fmt: skip
    s.row("绩效指标", None, None, "预期目标", merge=[(1, 3)])
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), UPGRADE, caption=None)
    notes(s, "说明：“百分点”指占比较上年提高的百分点数；单站补助按验收合格站点拨付。")
    signature(s, "谷怀远", "0576-7720918", day(2024, 12, 11))
    return b


DELIVERY = [
    ("产出指标", "数量指标", "新建村级快递共配点数量", "≥32个"),
    (None, "质量指标", "行政村快递服务覆盖率",
     mk("32个", "T105", "error", note="a 覆盖率 given as a count of points")),
    (None, "时效指标", "共配点建成时间",
     mk("2026年3月底前", "Y102", "error", alt=("Y103",),
        note="a one-year 2025 project with a 2026 deadline")),
    (None, "成本指标", "单个共配点建设补助", "≤1.5万元"),
    ("效益指标", "经济效益指标", "农产品寄递成本下降率", "≥10%"),
    (None, "社会效益指标", "快递进村平均时长", "≤48小时"),
    ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
]  # fmt: skip


@variant("sc09-delivery-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under "
         "预期实现值; a rate given as a count and a deadline after the project year")  # fmt: skip
def delivery_second_sheet() -> Book:
    b, s = book("项目基本信息")
    project_head(s, year=2025, name="潭口镇快递物流进村项目",
                 dept="潭口镇人民政府 733", unit="潭口镇供销合作社",
                 money=funds(64, 54, 10),
                 goals=["新建村级快递共配点32个，实现快递服务行政村全覆盖，"
                        "快递进村平均时长不超过48小时。"])  # fmt: skip
    s.row("绩效指标", "见“绩效指标”工作表", merge=[(2, 6)])
    t = b.sheet("绩效指标", (16, 18, 30, 20))
    t.title("潭口镇快递物流进村项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), DELIVERY, caption=None)
    signature(t, "喻青禾", "0738-4409271", day(2024, 12, 4))
    return b


RUNNING = [
    ("产出", "数量", "运营补助服务站数量", "≥100个"),
    (None, "质量", "服务站月度开门率", "≥95%"),
    ("成本", "经济成本", "单站年度运营补助", "≤1.2万元"),
    ("效益", "经济效益", "服务站代购代销额", "≥1800万元"),
    ("满意度", "服务对象满意度", "服务对象满意度", "≥90%"),
]
BRANDS = [
    ("产出", "数量", "培育农特产品网货品牌", "≥8个"),
    (None, "质量", "网货产品质量抽检合格率", "≥98%"),
    ("成本", "经济成本", "单个品牌培育补助", "≤5万元"),
    ("效益", "经济效益", "品牌产品线上销售额增长率", "≥15%"),
    ("满意度", "服务对象满意度", "服务对象满意度", "≥88%"),
]
TRAINING = [
    ("产出", "数量", "培训农村电商从业人员", "≥800人次"),
    (None, "质量", "培训考核合格率", "≥90%"),
    (None, "时效", "培训完成时间", "2025年11月30日前"),
    ("成本", "经济成本", "人均培训费用", "≤500元/人次"),
    ("效益", "社会效益", "参训人员新开网店数", "≥150家"),
    ("满意度", "服务对象满意度", "服务对象满意度", "≥92%"),
]


@variant("sc10-stacked-three", (2, 5, 12),
         "three e-commerce projects stacked in one sheet, NAT-2021 with abbreviated tier labels "
         "(产出, 数量), the same 服务对象满意度 with different values (correct)")  # fmt: skip
def stacked_three() -> Book:
    b, s = book("电商项目")
    projects = (
        ("村级电商服务站运营补助", (120, 120, 0), RUNNING,
         "补助100个村级电商服务站稳定运营，年代购代销额1800万元以上。"),
        ("农特产品网货品牌培育", (45, 30, 15), BRANDS,
         "培育农特产品网货品牌8个，品牌产品线上销售额增长15%以上。"),
        ("农村电商人才培训", (40, 40, 0), TRAINING,
         "培训农村电商从业人员800人次，新开网店150家以上。"),
    )  # fmt: skip
    for i, (name, money_, rows, goal) in enumerate(projects):
        if i:
            s.skip()
        project_head(s, year=2025, name=f"2025年{name}", dept="晏川市商务局 208",
                     unit="晏川市供销电子商务有限公司", money=funds(*money_), goals=[goal],
                     title=None if i == 0 else "")  # fmt: skip
        indicators(s, HEAD4, rows)
    signature(s, "全若谷", "0745-2280615", day(2024, 12, 16))
    return b


LIVE = [
    ("产出指标", 40, "数量指标", "直播带货场次", "≥300场", 10),
    (None, None, None, "孵化本地主播人数", "≥60人", 10),
    (None, None, "质量指标", "直播间设备完好率", "≥95%", 10),
    (None, None, "时效指标", "基地年开放运营天数", "≥300天", 10),
    ("成本指标", 10, "经济成本指标", "基地年度运营成本", "≤150万元", 10),
    ("效益指标", mk(30, "W103", "error", note="declared 30, indicators 10 + 5 + 10 = 25"),
     "经济效益指标", "带动农产品线上销售额", "≥2500万元", 10),
    (None, None, None, "农产品线上销售额占比", "提高≥3百分点", 5),
    (None, None, "社会效益指标", "带动就业人数", "≥120人", 10),
    ("满意度指标", 20, "服务对象满意度指标", "入驻商户满意度",
     mk("=95%", "T107", "warning", note="= on a satisfaction rate: meant ≥95%"), 10),
    (None, None, None, "参训主播满意度", "≥90%", 10),
]  # fmt: skip


@variant("sc11-live-points", (10, 5),
         "project, NAT-2021, a tier-1 score column beside an indicator score column: one tier's "
         "indicators fall short of its score, a satisfaction rate written with =")  # fmt: skip
def live_points() -> Book:
    b, s = book("绩效目标", (16, 10, 18, 30, 18, 10))
    project_head(s, year=2025, name="鹤岙县农村电商直播基地运营项目",
                 dept="鹤岙县商务局 604", unit="鹤岙县青创电商孵化有限公司",
                 money=funds(150, 120, 30),
                 goals=["全年开展直播带货300场以上，孵化本地主播60人，"
                        "带动农产品线上销售额2500万元以上。"])  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, LIVE, merged=(1, 2, 3))
    b.file_mark("W101", "error", required=False,
                note="the indicator scores add to 95 because of the same short tier")  # fmt: skip
    signature(s, "谷怀远", "0576-7720918", day(2024, 12, 12))
    return b


CENTRE = [
    ("产出指标", "数量指标", "为网店提供代运营服务家数", "≥50家"),
    (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥20场"),
    (None, "质量指标", "代运营网店好评率", "≥95%"),
    (None, mk("时效指标", "F109", "warning", row=True,
              note="tier-2 left from the template, no indicator, no value"), None, None),
    ("成本指标", "经济成本指标", "中心年度运营费用", "≤80万元"),
    ("效益指标", "经济效益指标", "带动农产品网络销售额", "≥1200万元"),
    (None, "社会效益指标", "带动返乡青年创业人数", "≥30人"),
    (None, "可持续影响指标", "公共服务中心持续运营年限", "≥3年"),
    ("满意度指标", "服务对象满意度指标", "网店经营者满意度", "≥90%"),
]  # fmt: skip


@variant("sc12-centre-empty-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a value without a name and a 时效指标 row left "
         "from the template")  # fmt: skip
def centre_empty_rows() -> Book:
    b, s = book()
    project_head(s, year=2025, name="潭口镇农村电商公共服务中心运营项目",
                 dept="潭口镇人民政府 733", unit="潭口镇农村电商公共服务中心",
                 money=funds(80, 70, 10),
                 goals=["为50家网店提供代运营服务，带动农产品网络销售额1200万元"
                        "以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), CENTRE)
    signature(s, "喻青禾", "0738-4409271", day(2024, 12, 5))
    return b
