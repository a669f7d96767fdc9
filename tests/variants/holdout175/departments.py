"""部门整体 tables: budget, key tasks with their 金额合计, and the year's indicators; one with a
45-day limit the text and the indicator agree on, one with a 完成率 given as a count, one with
word operators and a unit column."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout175.common import HEAD4, footnotes, indicators, new, sign
from tests.variants.holdout175.registry import variant
from tests.variants.kit import Book, mk


@variant("oc07-department-days-agree", (12,),
         "department table, NAT-2021, tasks with a 金额合计 equal to 项目支出; the text's 45天内 "
         "and the indicator's ≤45天 agree, a =0起 accident count (correct)")  # fmt: skip
def oc07() -> Book:
    book, s = new()
    department_head(
        s, year=2026, dept="云岫县应急管理局",
        budget=[(860, 800, 60, 520, 340)],
        tasks=[
            ("应急物资储备", "补充防汛抗旱、森林防火物资", 120, "物资储备品类齐全，账实相符"),
            ("安全生产执法检查", "开展重点行业企业执法检查", 90, "执法检查不少于600家次"),
            ("应急救援队伍训练", "组织综合救援队伍集中训练", 130, "队伍训练覆盖率达到100%"),
            ("金额合计", None, 340, None),
        ],
        goal="全年开展安全生产执法检查不少于600家次，重大事故隐患整改时限控制在45天内，较大以上"
             "生产安全事故起数为0，企业对执法服务满意度不低于90%。",
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "安全生产执法检查企业家次", "≥600家次"),
        (None, None, "应急救援队伍集中训练人次", "≥400人次"),
        (None, "质量指标", "重大事故隐患整改完成率", "≥95%"),
        (None, "时效指标", "重大事故隐患整改时限", "≤45天"),
        ("成本指标", "经济成本指标", "应急物资储备支出", "≤120万元"),
        ("效益指标", "社会效益指标", "较大以上生产安全事故起数", "=0起"),
        (None, "可持续影响指标", "应急物资储备账实相符率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "企业对执法服务满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韩卫东", "林晓", "付思远", "2025年11月20日")
    return book


@variant(
    "oc08-department-rate-as-count",
    (1,),
    "department table, NAT-2021, a 指标解释 column; a 完成率 given as 100个",
)
def oc08() -> Book:
    book, s = new()
    department_head(
        s, year=2026, dept="青埠市档案馆",
        budget=[(420, 400, 20, 300, 120)],
        tasks=[
            ("馆藏档案数字化加工", "纸质档案扫描、著录与质检", 70, "完成数字化加工120万页"),
            ("村级档案室规范化建设", "指导村级档案室规范化建设", 50, "完成规范化建设100个村"),
            ("金额合计", None, 120, None),
        ],
        goal="完成馆藏档案数字化加工120万页，指导100个村级档案室完成规范化建设，档案利用者"
             "满意度不低于90%。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标解释"), [
        ("产出指标", "数量指标", "馆藏档案数字化加工页数", "≥120万页", "当年完成扫描著录的页数"),
        (None, None, "村级档案室规范化建设完成率",
         mk("100个", "T105", "error", note="a 完成率 given as a count of 个"),
         "完成规范化建设的村级档案室"),
        (None, "质量指标", "数字化成果质检合格率", "≥98%", "抽检合格页数/抽检页数"),
        (None, "时效指标", "档案利用申请办结时限", "≤3个工作日", "自受理之日起计算"),
        ("成本指标", "经济成本指标", "每页数字化加工成本", "≤0.5元/页", "含扫描、著录和质检"),
        ("效益指标", "社会效益指标", "档案利用服务人次", "≥8000人次", "查档、展览和咨询人次"),
        ("满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥90%", "年末问卷调查"),
    ])  # fmt: skip
    return book


@variant("oc10-department-word-operators", (11, 12),
         "department table, NAT-2021, word operators in a 指标性质 column, bare numbers with a "
         "计量单位 column (满意度 90 with %), footnotes (correct)")  # fmt: skip
def oc10() -> Book:
    book, s = new()
    department_head(
        s, year=2025, dept="柘溪县人力资源和社会保障局",
        budget=[(1350, 1280, 70, 980, 370)],
        tasks=[
            ("就业创业服务", "举办招聘会、发放创业担保贷款贴息", 210, "城镇新增就业不少于2500人"),
            ("劳动保障监察", "开展欠薪治理专项检查", 60, "欠薪案件结案率达到95%以上"),
            ("社保经办能力提升", "社保经办窗口设备更新", 100, "业务办理时限压缩"),
            ("金额合计", None, 370, None),
        ],
        goal="城镇新增就业不少于2500人，举办招聘会不少于30场，欠薪案件结案率达到95%以上，"
             "群众满意度不低于90%。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "城镇新增就业人数", "大于等于", 2500, "人"),
        (None, None, "举办招聘会场次", "大于等于", 30, "场"),
        (None, "质量指标", "欠薪案件结案率", "大于等于", 95, "%"),
        (None, "时效指标", "社保业务窗口办理时限", "小于等于", 5, "个工作日"),
        ("成本指标", "经济成本指标", "单场招聘会组织成本", "小于等于", 1.5, "万元/场"),
        ("效益指标", "社会效益指标", "城镇调查失业率", "小于等于", 5.5, "%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    footnotes(s, "注：城镇新增就业人数以省就业信息系统统计为准。")
    return book
