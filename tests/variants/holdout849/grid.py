"""Grid management: kga07–kga12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout849.common import indicators, notes, one_year, sign, start, wan
from tests.variants.holdout849.registry import variant
from tests.variants.kit import Book, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "kga07-grid-operators",
    (1, 11),
    "project, NAT-2021, operator column (指标性质) and unit column, typed percent cells, a "
    "下降率 with ≥ and 0 incidents as a cap (correct)",
)
def grid_operators() -> Book:
    b, s = start()
    project_head(s, year=2025, name="榆陂镇网格化服务管理项目", dept="柘湾市榆陂镇人民政府",
                 unit="榆陂镇综治中心", money=one_year(wan(128), wan(110), wan(18)),
                 goals=["划分综合网格46个、配备专职网格员46名，网格事件按期办结率达到95%以上，"
                        "矛盾纠纷重复信访量较上年下降10%以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "综合网格划分数量", "≥", 46, "个"),
        (None, None, "专职网格员配备人数", "≥", 46, "人"),
        (None, None, "网格员入户走访户次", "≥", 24000, "户次"),
        (None, "质量指标", "网格基础信息采集准确率", "≥", pct(0.98), "%"),
        (None, "时效指标", "网格事件按期办结率", "≥", pct(0.95), "%"),
        (None, None, "一般事件响应时间", "≤", 24, "小时"),
        ("成本指标", "经济成本指标", "专职网格员年度补贴标准", "≤", 2.4, "万元/人"),
        ("效益指标", "社会效益指标", "矛盾纠纷重复信访下降率", "≥", pct(0.1), "%"),
        (None, None, "重大群体性事件发生数", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "居民对网格服务满意度", "≥", pct(0.9), "%"),
    ], header=OPS)  # fmt: skip
    return b


@variant(
    "kga08-dispatch-direction",
    (11,),
    "project, NAT-2021, operators in words in their own column: a 正向 count capped, a 反向"
    " rate floored, a grid count against the goal's",
)
def dispatch_direction() -> Book:
    b, s = start()
    project_head(s, year=2025, name="澄岙区网格事件智能分拨平台建设项目", dept="澄岙区委政法委",
                 unit="澄岙区社会治理综合指挥中心", money=one_year(wan(120), wan(100), wan(20)),
                 goals=["全区划分基础网格86个，网格事件经平台统一分拨，分拨准确率达到95%，"
                        "超时办结事件控制在3%以内。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "基础网格划分数量", "大于等于",
         mk(68, "D104", "warning", row=True, note="年度目标写基础网格86个"), "个"),
        (None, None, "网格员人均月走访户数",
         mk("小于等于", "T108", "warning", row=True, note="走访户数是正向指标"), 120, "户"),
        (None, "质量指标", "平台事件分拨准确率", "大于等于", 95, "%"),
        (None, None, "事件超时办结率",
         mk("大于等于", "T108", "warning", row=True, note="超时率是反向指标，目标写3%以内"),
         3, "%"),
        (None, "时效指标", "事件平均分拨时长", "小于等于", 30, "分钟"),
        ("成本指标", "经济成本指标", "平台年度运维成本", "小于等于", 40, "万元"),
        ("效益指标", "社会效益指标", "矛盾纠纷就地化解率", "大于等于", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "大于等于", 90, "%"),
    ], header=("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"))  # fmt: skip
    return b


@variant(
    "kga09-patrol-points",
    (10, 5),
    "project, NAT-2021, numbered tier labels with points and an indicator score column addi"
    "ng to 100 both ways, a rise in 百分点 (correct)",
)
def patrol_points() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鹭汀街道平安网格巡防项目", dept="鹭汀街道办事处",
                 unit="鹭汀街道综治中心", money=one_year(wan(90), wan(90), wan(0)),
                 goals=["组建30人的网格巡防队，全年不间断巡防，辖区盗窃类警情下降8%以上，"
                        "群众安全感提高2个百分点以上。"])  # fmt: skip
    indicators(s, [
        ("一、产出指标（50分）", "（一）数量指标", "网格巡防时长", "≥8760小时", 20),
        (None, None, "巡防队员人数", "≥30人", 10),
        (None, "（二）质量指标", "巡查发现隐患整改闭环率", "≥95%", 10),
        (None, "（三）时效指标", "隐患发现后处置时限", "≤48小时", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "巡防队员人均年补贴", "≤3万元/人", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "辖区盗窃类警情下降率", "≥8%", 15),
        (None, None, "群众安全感率提高", "≥2百分点", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "居民满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ], header=("一级指标", "二级指标", "三级指标", "指标值", "分值"))  # fmt: skip
    return b


@variant(
    "kga10-joint-points",
    (10, 5),
    "project, NAT-2021, numbered tier labels with points: two tiers whose indicator scores "
    "do not add up to the tier's, a satisfaction rate under 社会效益",
)
def joint_points() -> Book:
    b, s = start()
    project_head(s, year=2025, name="东坪街道“网格+警格”融合治理项目", dept="柘湾市东坪街道办事处",
                 unit="东坪街道综治中心", money=one_year(wan(64), wan(64), wan(0)),
                 goals=["开展网格员与社区民警联勤巡查600次以上，每月召开联席会议，"
                        "辖区刑事警情下降5%以上。"])  # fmt: skip
    indicators(s, [
        (mk("一、产出指标（50分）", "W103", "error", note="20 + 10 + 10 + 15 = 55 ≠ 50"),
         "（一）数量指标", "网格警格联勤巡查次数", "≥600次", 20),
        (None, None, "网格警格联席会议次数", "≥12次", 10),
        (None, "（二）质量指标", "矛盾纠纷调处成功率", "≥95%", 10),
        (None, "（三）时效指标", "警情网格流转时限", "≤30分钟", 15),
        ("二、成本指标（10分）", "（一）经济成本指标", "单次联勤巡查成本", "≤0.1万元/次", 10),
        (mk("三、效益指标（30分）", "W103", "error", note="10 + 15 = 25 ≠ 30"),
         "（一）社会效益指标", "辖区刑事警情下降率", "≥5%", 10),
        (None, None, mk("居民安全感满意度", "F201", "warning", row=True,
                        note="满意度指标填在社会效益下"), "≥90%", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "居民对联勤服务满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ], header=("一级指标", "二级指标", "三级指标", "指标值", "分值"))  # fmt: skip
    return b


@variant(
    "kga11-street-department",
    (12, 5),
    "department, NAT-2021 with abbreviated tier labels, budget with key tasks adding to 金"
    "额合计 (= 项目支出), a footnote explaining the total (correct)",
)
def street_department() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="柘湾市东坪街道办事处",
                    budget=[(wan(860), wan(800), wan(60), wan(520), wan(340))],
                    tasks=[("网格化服务管理", "46个网格专职网格员补贴及培训", wan(120),
                            "网格事件按期办结率≥95%"),
                           ("社区服务中心运行", "6个社区服务中心运行保障", wan(140),
                            "中心年开放≥300天"),
                           ("志愿服务阵地建设", "新时代文明实践站点活动", wan(80),
                            "志愿服务活动≥200场"),
                           ("金额合计", None, wan(340), None)],
                    goal="全年保障46个网格、6个社区服务中心运行，开展志愿服务活动200场以上，"
                         "居民满意度保持在90%以上。")  # fmt: skip
    indicators(s, [
        ("产出", "数量", "专职网格员人数", "≥46人"),
        (None, None, "社区服务中心运行数量", "≥6个"),
        (None, None, "志愿服务活动场次", "≥200场"),
        (None, "质量", "网格基础信息采集准确率", "≥98%"),
        (None, "时效", "网格事件按期办结率", "≥95%"),
        ("成本", "经济成本", "专职网格员年度补贴标准", "≤2.4万元/人"),
        ("效益", "社会效益", "矛盾纠纷就地化解率", "≥90%"),
        ("满意度", "服务对象满意度", "辖区居民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计为项目支出合计，基本支出520万元不列入年度主要任务。")
    sign(s, "覃晓岚", "0739-6628415", (2024, 11, 20))
    return b


@variant(
    "kga12-street-tasks-wrong",
    (12,),
    "department, NAT-2021: key tasks not adding to 金额合计, last year named in the goal, a"
    " task's training count against the indicator",
)
def street_tasks_wrong() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="澄岙区枫溆街道办事处",
                    budget=[(wan(760), wan(700), wan(60), wan(420), wan(340))],
                    tasks=[("网格化服务管理", "网格员补贴及网格员培训4期", wan(130),
                            "网格员培训4期，事件按期办结率≥95%"),
                           ("社区服务中心运行", "5个社区服务中心运行保障", wan(140),
                            "中心年开放≥300天"),
                           ("平安社区创建", "群防群治队伍及宣传", wan(80), "平安社区创建≥5个"),
                           ("金额合计", None,
                            mk(wan(340), "B102", "error", note="130 + 140 + 80 = 350 ≠ 340"),
                            None)],
                    goal=mk("全面完成2024年度网格化服务管理各项任务，保障5个社区服务中心运行，"
                            "创建平安社区5个以上。", "Y103", "warning", alt=("Y101",),
                            note="2025年度的表里残留上年目标"))  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "网格员培训期数",
         mk("≥2期", "D104", "warning", row=True, note="年度主要任务写培训4期")),
        (None, None, "社区服务中心运行数量", "≥5个"),
        (None, None, "平安社区创建数量", "≥5个"),
        (None, "时效指标", "网格事件按期办结率", "≥95%"),
        ("成本指标", "经济成本指标", "单个社区服务中心年度运行经费", "≤28万元/个"),
        ("效益指标", "社会效益指标", "辖区治安类警情下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    return b
