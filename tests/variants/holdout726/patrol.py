"""Returns of the river-chief (河长制) patrol scheme: kbh01–kbh06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout726.common import YEAR, indicators, note, one_year, sign, start
from tests.variants.holdout726.common import wan as w
from tests.variants.holdout726.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
DEPT = "梧溪县水利局（河长制办公室）"


@variant(
    "kbh01-patrol-numbered",
    (1, 5),
    "project, OLD-NAT, numbered tier labels, typed "
    "percent cells, a 下降率 with ≥ and a goal count with its part in brackets (correct)",
)
def patrol_numbered() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="河长制巡河履职保障经费", dept="梧溪县水利局 417003",
                 unit="梧溪县河长制办公室", money=one_year(w(86), w(80), w(6)),
                 goals=["全年组织各级河长巡河不少于1200人次（其中县级河长48人次），整治河湖"
                        "“四乱”问题，巡河发现问题整改率达到100%。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "各级河长巡河人次", "≥1200人次"),
        (None, None, "县级河长巡河人次", "≥48人次"),
        (None, "（二）质量指标", "巡河发现问题整改率", pct(1.0)),
        (None, None, "巡河记录上传率", pct(0.98)),
        (None, "（三）时效指标", "问题交办办结时限", "≤15个工作日"),
        (None, "（四）成本指标", "巡河补助标准", "≤150元/人次"),
        ("二、效益指标", "（一）社会效益指标", "涉河违法案件下降率", "≥10%"),
        (None, "（二）生态效益指标", "县控断面水质达标率", pct(0.9)),
        (None, "（三）可持续影响指标", "河长巡河长效机制", "建立并执行"),
        ("三、满意度指标", "（一）服务对象满意度指标", "沿河群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "章沐阳", "0736-5821947")
    return b


@variant(
    "kbh02-patrol-department",
    (7, 12),
    "department, NAT-2021, tasks adding to 项目支出, "
    "header 绩效标准 with an operator column in words, 0起 on an incident count (correct)",
)
def patrol_department() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept=DEPT,
                    budget=[(w(1860.5), w(1790.5), w(70), w(1120.5), w(740))],
                    tasks=[("河湖巡查", "县乡村三级河长巡河、暗访督查", w(320), "巡河全覆盖"),
                           ("河道保洁", "112公里河道常态化保洁", w(280), "河面无成片漂浮物"),
                           ("水质监督性监测", "18个断面按月采样", w(140), "断面按月监测"),
                           ("金额合计", None, w(740), None)],
                    goal="落实三级河长巡河，保洁河道112公里，18个断面按月采样。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "指标性质", "绩效标准", "计量单位"), [
        ("产出指标", "数量指标", "常态化保洁河道长度", "大于等于", 112, "公里"),
        (None, None, "监测断面按月采样数", "大于等于", 18, "个"),
        (None, "质量指标", "河面漂浮物清理达标率", "大于等于", pct(0.95), None),
        (None, "时效指标", "暗访问题交办时限", "小于等于", 3, "个工作日"),
        ("成本指标", "经济成本指标", "河道保洁单位成本", "小于等于", 2.5, "万元/公里"),
        ("效益指标", "社会效益指标", "河湖“四乱”问题新增数", "等于", 0, "起"),
        (None, "生态效益指标", "断面水质优良比例", "大于等于", pct(0.85), None),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "大于等于", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "邝以宁", "0736-5821950")
    return b


@variant(
    "kbh03-patrol-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · "
    "指标值), weights adding to 100, a rate raised in 百分点 (correct)",
)
def patrol_flat() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="梧溪县沙塘镇人民政府（镇级河长办）",
                    budget=[(w(96), w(90), w(6), w(58), w(38))],
                    goal="镇村河长巡河不少于860人次，镇域河长公示牌全部更新。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("镇村两级河长巡河人次", 20, "人次", "≥", 860),
        ("河长公示牌更新数", 15, "块", "≥", 26),
        ("巡河问题整改率", 15, "%", "≥", 95),
        ("巡河问题办结时限", 10, "个工作日", "≤", 10),
        ("巡河补助标准", 10, "元/人次", "≤", 120),
        ("河道违法案件数量", 10, "起", "≤", 0),
        ("河岸垃圾清运覆盖率较上年提高", 10, "百分点", "≥", 5),
        ("沿河村民满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "梁槐序", "0736-5906213")
    return b


@variant(
    "kbh04-patrol-goal-counts",
    (5, 11),
    "project, OLD-NAT, abbreviated tier labels: two "
    "indicators below the goal's counts, a deadline left from last year",
)
def patrol_goal_counts() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹤汀区河长巡河及保洁员聘用经费", dept="鹤汀区水务局 508112",
                 unit="鹤汀区河长制办公室", money=one_year(w(142), w(142), w(0)),
                 goals=["全年各级河长巡河不少于1500人次，聘用河道保洁员60名，10月底前完成"
                        "全区河长公示牌更新。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出", "数量", "各级河长巡河人次",
         mk("≥1200人次", "D104", "warning", note="年度目标写不少于1500人次")),
        (None, None, "聘用河道保洁员人数",
         mk("≥50人", "D104", "warning", note="年度目标写聘用保洁员60名")),
        (None, "质量", "巡河发现问题整改率", pct(0.95)),
        (None, "时效", "河长公示牌更新完成时间",
         mk("2024年10月31日前", "Y102", "error", alt=("Y103",),
            note="去年的期限：预算年度为2025年，目标写10月底前")),
        (None, "成本", "保洁员劳务补助标准", "≤1.8万元/人·年"),
        ("效益", "生态效益", "河面保洁达标率", pct(0.92)),
        (None, "可持续影响", "巡河保洁长效机制", "健全"),
        ("满意度", "服务对象满意度", "沿河居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "侯知远", "0758-6624103")
    return b


@variant(
    "kbh05-patrol-twice",
    (11, 12),
    "project, OLD-NAT, operator column: one rate twice with "
    "different values, a quality rate under 时效, a cost standard × length above the money",
)
def patrol_twice() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="芦荡湾片区河道巡查保洁项目", dept="鹤汀区水务局 508112",
                 unit="鹤汀区河道管理所", money=one_year(w(85), w(80), w(5)),
                 goals=["巡查保洁芦荡湾片区河道80公里，巡查发现问题及时整改。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "巡查保洁河道长度", "≥", 80, "公里"),
        (None, "质量指标", "巡查发现问题整改率", "≥", pct(0.95), None),
        (None, "时效指标", "问题整改办结时限", "≤", 10, "个工作日"),
        (None, None, mk("巡查记录填报规范率", "F201", "warning", row=True,
                        note="规范率是质量指标，填在时效指标下"), "≥", pct(0.98), None),
        (None, None, "巡查发现问题整改率", "≥",
         mk(pct(0.9), "D102", "error", row=True, alt=("D101", "D103"),
            note="与质量指标下的同名指标重复，且值不同（95% / 90%）"), None),
        (None, "成本指标", "河道保洁补助标准", "≤",
         mk(1.2, "B107", "warning", row=True, note="1.2万元/公里 × 80公里 = 96万元，超过85万元"),
         "万元/公里"),
        ("效益指标", "生态效益指标", "河面保洁达标率", "≥", pct(0.9), None),
        ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "褚砚秋", "0758-6624117")
    return b


@variant(
    "kbh06-patrol-stacked",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT: the "
    "second's money does not add up and its goal names a year left from an old plan",
)
def patrol_stacked() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="河长巡河APP推广经费", dept="梧溪县水利局 417003",
                 unit="梧溪县河长制办公室", money=one_year(w(24), w(24), w(0)),
                 goals=["全县312名河长使用巡河APP记录巡河轨迹。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "使用巡河APP的河长人数", "≥312人"),
        (None, "质量指标", "巡河轨迹上传率", pct(0.95)),
        ("效益指标", "社会效益指标", "河长履职考核覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "河长使用满意度", "≥88%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="河长制信息平台运维经费", dept="梧溪县水利局 417003",
                 unit="梧溪县水利信息中心", title="",
                 money=[["年度资金总额", mk(w(30), "B101", "error", note="25 + 8 = 33 ≠ 30"),
                         "其中：财政拨款", w(25)], ["其他资金", w(8), None, None]],
                 goals=[mk("保障河长制信息平台全年稳定运行，完成2023年度平台升级。", "Y103",
                           "warning", alt=("Y101",), note="2023年是前一个计划的年份")])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "平台运维巡检次数", "≥12次"),
        (None, "质量指标", "平台在线率", pct(0.99)),
        (None, "时效指标", "故障响应时间", "≤4小时"),
        ("效益指标", "可持续影响指标", "平台数据共享部门数", "≥6个"),
        ("满意度指标", "服务对象满意度指标", "平台用户满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：两个项目分别填报，资金不重复。")
    return b
