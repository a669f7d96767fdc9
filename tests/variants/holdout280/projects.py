"""Single-project returns sd01–sd06: typed percent cells, headers 指标内容 / 绩效标准, points at
two levels, notes inside and under the table, a three-year project with 中期 and 年度 columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout280.common import (
    YEAR,
    book,
    funds,
    indicators,
    note,
    period_funds,
    sign,
)
from tests.variants.holdout280.registry import variant
from tests.variants.kit import WAN, Book, mk, pct

THREE = ("一级指标", "二级指标", "三级指标")


@variant("sd01-percent-cells", (1, 12),
         "project, OLD-NAT, operator column (指标性质) and unit column, typed percent cells, "
         "万元 only in the number format (correct)")  # fmt: skip
def sd01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="群众性应急救护普及培训项目", dept="澄岭县红十字会 603001",
                 unit="澄岭县红十字会", money=funds(86, 80, 6, WAN),
                 goals=["面向机关、学校、企业和社区开展应急救护普及培训和救护员持证培训，"
                        "提升群众自救互救能力。"])  # fmt: skip
    indicators(s, (*THREE, "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "救护员持证培训人数", "≥", 1200, "人"),
        (None, None, "普及培训人次", "≥", 8000, "人次"),
        (None, "质量指标", "救护员考核合格率", "≥", pct(0.9), "%"),
        (None, None, "培训覆盖乡镇比例", "=", pct(1), "%"),
        (None, "时效指标", "救护员证书发放时限", "≤", 15, "个工作日"),
        (None, "成本指标", "持证培训人均成本", "≤", 350, "元/人"),
        (None, None, "普及培训人均成本", "≤", 40, "元/人次"),
        ("效益指标", "社会效益指标", "群众应急救护知识知晓率", "≥", pct(0.85), "%"),
        (None, "可持续影响指标", "持证救护员到期复训率", "≥", pct(0.6), "%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    return b


@variant("sd02-boai-rate-count", (1, 7, 11),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, operators inside the values: a rate "
         "given as a count, a 反向 rate with ≥, a typed percent over 100")  # fmt: skip
def sd02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="博爱家园社区建设项目", dept="栖岸区红十字会 412007",
                 unit="栖岸区红十字会", money=funds(45, 30, 15),
                 goals=["在辖区建设博爱家园，配置急救设备，组建社区救护志愿服务队。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "建成博爱家园社区数", "≥3个"),
        (None, None, "配备AED设备台数", "≥6台"),
        (None, None, "居民应急救护培训覆盖率",
         mk("300人", "T105", "error", note="a 覆盖率 given as a head count")),
        (None, "质量指标", "救护站设备验收合格率", pct(1)),
        (None, "时效指标", "项目完工时间", "2025年10月31日前"),
        (None, "成本指标", "单个社区建设成本", "≤12万元"),
        ("效益指标", "社会效益指标", "社区居民意外伤害发生率",
         mk("≥3%", "T108", "warning", row=True, note="发生率 is 反向: ≤ expected")),
        (None, "可持续影响指标", "社区救护志愿服务队持续运行年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度",
         mk(pct(1.05), "T106", "error", note="typed 105% on a satisfaction rate")),
    ])  # fmt: skip
    return b


@variant("sd03-stemcell-points", (10, 5),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）), an "
         "indicator points column adding to the same 100, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def sd03() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="造血干细胞捐献者资料库扩容项目",
                 dept="霁川市红十字会 518002", unit="霁川市红十字会造血干细胞捐献服务中心",
                 money=funds(60, 50, 10),
                 goals=["招募捐献志愿者，完成血样采集和HLA分型检测，扩充资料库。"])  # fmt: skip
    indicators(s, (*THREE, "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "新增入库捐献志愿者人数", "≥2000人", 15),
        (None, None, "采集血样份数", "≥2000份", 10),
        (None, "（二）质量指标", "血样检测合格率", "≥98%", 10),
        (None, "（三）时效指标", "血样送检时限", "≤48小时", 5),
        ("二、成本指标（20分）", "（一）经济成本指标", "单份血样HLA检测费用", "≤200元/份", 20),
        ("三、效益指标（30分）", "（一）社会效益指标", "新入库样本高分辨分型比例较上年提高",
         "≥5百分点", 15),
        (None, None, "造血干细胞捐献知识公众知晓率", "≥70%", 10),
        (None, "（二）可持续影响指标", "入库志愿者联系信息有效率", "≥85%", 5),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "捐献志愿者满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant("sd04-medical-aid-points", (10,),
         "project, NAT-2021, a tier-1 score column against the indicator scores under it "
         "(two tiers off, the grand total still 100), a satisfaction-like rate with =")  # fmt: skip
def sd04() -> Book:
    b, s = book("绩效目标", (16, 8, 18, 30, 16, 8))
    project_head(s, year=YEAR, name="大病困难患者慈善医疗救助项目",
                 dept="澄岭县民政局 601004", unit="澄岭县慈善总会", money=funds(100, 40, 60),
                 goals=["对因病致贫的困难患者给予慈善医疗救助，减轻医疗费用负担。"])  # fmt: skip
    tier = "the indicator points under it add to {} against the declared {}"
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(50, "W103", "error", note=tier.format(45, 50)), "数量指标",
         "救助困难患者人数", "≥300人", 15),
        (None, None, None, "救助覆盖乡镇数", "≥12个", 10),
        (None, None, "质量指标", "救助资金发放准确率",
         mk("=95%", "T107", "warning", note="= on an accuracy rate: ≥95% meant"), 10),
        (None, None, "时效指标", "救助申请审核办结时限", "≤15个工作日", 10),
        ("成本指标", 10, "经济成本指标", "人均救助金额", "≤3000元/人", 10),
        ("效益指标", mk(30, "W103", "error", note=tier.format(35, 30)), "社会效益指标",
         "受助家庭因病返贫发生率", "≤2%", 15),
        (None, None, None, "受助患者医疗费用负担减轻比例", "≥20%", 10),
        (None, None, "可持续影响指标", "慈善医疗救助长效机制", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "受助对象满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("sd05-organ-notes", (4, 1),
         "project, OLD-NAT, one value column; a note row between tiers, 填表说明, signature "
         "and date lines; a deadline as a percent and a date after the project")  # fmt: skip
def sd05() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="人体器官捐献宣传项目", dept="霁川市红十字会 518002",
                 unit="霁川市红十字会", money=funds(30, 30, 0),
                 goals=["开展人体器官捐献宣传进社区、进校园活动和缅怀纪念活动，"
                        "引导群众志愿登记。"])  # fmt: skip
    indicators(s, (*THREE, "指标值"), [
        ("产出指标", "数量指标", "开展器官捐献主题宣传活动", "≥12场"),
        (None, None, "发放宣传资料", "≥20000份"),
        (None, None, "新增器官捐献志愿登记人数", "≥800人"),
        (None, "质量指标", "宣传内容审核通过率", "=100%"),
        (None, "时效指标", "缅怀纪念活动举办时间",
         mk("100%", "T113", "warning", note="a date or time limit expected, not a percent")),
        (None, None, "宣传月活动完成时间",
         mk("2026年4月30日前", "Y102", "error", note="a one-year 2025 project")),
        (None, "成本指标", "宣传资料印制单价", "≤2元/份"),
        (None, None, "宣传活动场均经费", "≤1.5万元/场"),
    ])  # fmt: skip
    note(s, "注：宣传资料份数含线上推送折算，每次推送按100份计。")
    s.table([
        ("效益指标", "社会效益指标", "公众器官捐献知晓率", "≥65%"),
        (None, "可持续影响指标", "器官捐献宣传志愿服务机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "活动参与群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：1.指标值须写明比较符和计量单位；2.定性指标填写评价等级。")
    sign(s, "何靖川", "苏晚禾", "0596-7731842")
    return b


@variant("sd06-school-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied "
         "from 中期, one annual count above its period count")  # fmt: skip
def sd06() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="应急救护培训进校园三年行动",
                 dept="澄岭县红十字会 603001", unit="澄岭县红十字会",
                 money=period_funds((240, 210, 30), (80, 70, 10)),
                 goals=["三年内实现全县中小学教师应急救护培训全覆盖，建立校园救护员队伍。",
                        "完成首批学校教师培训和校园应急演练，建立培训台账。"])  # fmt: skip
    copied = "a cumulative count of a three-year project copied into the 年度 column"
    indicators(s, (*THREE, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "培训中小学教师人数", "≥3000人",
         mk("≥3000人", "D202", "warning", note=copied)),
        (None, None, "覆盖中小学校数", "≥120所", mk("≥120所", "D202", "warning", note=copied)),
        (None, None, "开展校园应急演练场次", "≥60场",
         mk("≥80场", "D201", "error", note="a year's count above the three-year count")),
        (None, "质量指标", "教师救护员取证率", "≥85%", "≥85%"),
        (None, "时效指标", "年度培训计划完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤150元/人", "≤150元/人"),
        ("效益指标", "社会效益指标", "在校学生应急救护知识知晓率", "≥80%", "≥70%"),
        (None, "可持续影响指标", "校园应急救护培训机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
