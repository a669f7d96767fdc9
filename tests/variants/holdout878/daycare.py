"""Day-care centres for older people (日间照料中心): subsidies, building, dementia care."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout878.common import (
    indicators,
    note,
    one_year,
    period_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout878.registry import variant
from tests.variants.kit import Book, mk

TIERS = ("一级指标", "二级指标", "三级指标")


@variant("khd13-daycare-department", (7, 12),
         "department, NAT-2021, headers 指标内容 and 绩效标准, tasks adding to 金额合计, a goal "
         "count with its part in brackets, cost standards × counts equal to the tasks "
         "(correct)")  # fmt: skip
def daycare_department() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept="朔桥市养老服务发展中心",
                    budget=[(wan(860), wan(780), wan(80), wan(310), wan(550))],
                    tasks=[("日间照料中心运营补贴", "对全市24个社区日间照料中心给予运营补贴",
                            wan(288), "日均托管不少于600人"),
                           ("日间照料中心功能提升", "为6个中心增设康复护理区", wan(180),
                            "康复护理区投入使用"),
                           ("照料护理员培训", "分批培训日间照料护理员", wan(82), "培训400人次"),
                           ("金额合计", None, wan(550), None)],
                    goal="保障全市24个社区日间照料中心正常运营（其中6个完成康复护理功能提升），"
                         "日均托管老年人不少于600人，培训护理员400人次。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("成本指标", "经济成本指标", "每个中心年度运营补贴", "≤12万元/个"),
        (None, None, "每个中心功能提升补助", "≤30万元/个"),
        ("产出指标", "数量指标", "获运营补贴的日间照料中心数量", "24个"),
        (None, None, "完成功能提升的日间照料中心数量", "6个"),
        (None, None, "日均托管老年人数", "≥600人"),
        (None, None, "护理员培训人次", "≥400人次"),
        (None, "质量指标", "护理员培训考核合格率", "≥90%"),
        (None, "时效指标", "功能提升改造完成时间", "2025年10月31日前"),
        ("效益指标", "社会效益指标", "老年人家庭照护压力", "有效缓解"),
        (None, "可持续影响指标", "日间照料中心运营管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "托管老人及家属满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khd14-daycare-money-wrong", (12,),
         "department, NAT-2021: 资金总额 ≠ 财政拨款 + 其他资金, the goal's count of rural "
         "stations against the indicator")  # fmt: skip
def daycare_money_wrong() -> Book:
    b, s = start("部门整体")
    total = mk(wan(640), "B101", "error", row=True, note="580 + 80 = 660 ≠ 640")
    department_head(s, year=2025, dept="檀圩区老龄工作委员会办公室",
                    budget=[(total, wan(580), wan(80), wan(240), wan(400))],
                    tasks=[("农村互助养老照料站运营", "对全区20个农村日间照料站给予运营补贴",
                            wan(160), "照料站正常运营"),
                           ("社区嵌入式照料中心建设", "新建2个社区嵌入式日间照料中心", wan(200),
                            "年内投入使用"),
                           ("助老志愿服务", "组织志愿者开展助老服务", wan(40), "不少于5000小时"),
                           ("金额合计", None, wan(400), None)],
                    goal="全年支持20个农村互助养老日间照料站运营，新建2个社区嵌入式日间照料中心，"
                         "组织助老志愿服务不少于5000小时。")  # fmt: skip
    fewer = mk("≥16个", "D104", "warning", row=True, note="the goal and the task say 20 stations")
    indicators(s, (*TIERS, "指标值"), [
        ("成本指标", "经济成本指标", "每个照料站年度运营补贴", "≤8万元/个"),
        ("产出指标", "数量指标", "获运营补贴的农村日间照料站数量", fewer),
        (None, None, "新建社区嵌入式日间照料中心数量", "2个"),
        (None, None, "助老志愿服务时长", "≥5000小时"),
        (None, "质量指标", "新建中心竣工验收合格率", "100%"),
        (None, "时效指标", "新建中心投入使用时间", "2025年12月31日前"),
        ("效益指标", "社会效益指标", "农村老年人日间照料服务可及性", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khd15-daycare-notes", (4,),
         "project, OLD-NAT, a 备注 column, a note row inside the table, the header repeated "
         "after a page break, 填表说明, signature and a fill date in the year before "
         "(correct)")  # fmt: skip
def daycare_notes() -> Book:
    b, s = start()
    project_head(s, year=2025, name="蓼湾街道综合养老服务中心日间照料运营", dept="檀圩区民政局",
                 unit="檀圩区蓼湾街道办事处", money=one_year(72, 64, 8),
                 goals=["街道综合养老服务中心日间照料区全年开放不少于300天，日均托管老人不少于"
                        "40人，提供助浴、康复、文娱等服务。"])  # fmt: skip
    head = (*TIERS, "指标值", "备注")
    indicators(s, head, [
        ("产出指标", "数量指标", "日间照料开放天数", "≥300天", None),
        (None, None, "日均托管老年人数", "≥40人", None),
        (None, None, "康复理疗服务人次", "≥3000人次", None),
        (None, "质量指标", "照料服务差错发生率", "≤1%", "反向指标"),
        (None, "时效指标", "服务需求响应时间", "≤2小时", None),
        (None, "成本指标", "每人每日照料运营成本", "≤60元/人", "按开放天数计"),
    ])  # fmt: skip
    note(s, "注：以上产出指标按街道与运营机构签订的服务协议确定。", 5)
    indicators(s, head, [
        ("效益指标", "社会效益指标", "家庭照护者每周喘息时间", "≥20小时", None),
        (None, "可持续影响指标", "运营机构履约评估", "规范", None),
        ("满意度指标", "服务对象满意度指标", "托管老人满意度", "≥90%", None),
    ])  # fmt: skip
    note(s, "填表说明：1.指标值应量化；2.反向指标在备注栏注明；3.本表一式两份。")
    sign(s, "钱佩云", "韦思凡", "0766-3318025", (2024, 11, 26))
    return b


@variant("khd16-daycare-direction", (5, 11),
         "project, OLD-NAT, numbered tier labels, operators in words in their own column and a "
         "unit column: a 反向 rate with 大于等于, a bed count under 质量")  # fmt: skip
def daycare_direction() -> Book:
    b, s = start()
    project_head(s, year=2025, name="朔桥市失智老人日间照护服务", dept="朔桥市民政局",
                 unit="朔桥市老龄工作服务中心", money=one_year(300, 260, 40),
                 goals=["为150名失智老人提供日间照护和认知训练服务，设置失智照护专区床位60张，"
                        "失智老人走失事件发生率控制在1%以内。"])  # fmt: skip
    beds = mk("失智照护专区床位数", "F201", "warning", row=True, note="a bed count under 质量")
    up = mk("大于等于", "T108", "warning", row=True, alt=("D104",),
            note="a 反向 rate (走失) with ≥; the goal says 1%以内")  # fmt: skip
    indicators(s, (*TIERS, "指标方向", "指标值", "计量单位"), [
        ("一、产出指标", "1.数量指标", "失智老人日间照护人数", "大于等于", 150, "人"),
        (None, None, "认知训练服务人次", "大于等于", 18000, "人次"),
        (None, "2.质量指标", beds, "大于等于", 60, "张"),
        (None, None, "照护人员专业培训合格率", "大于等于", 95, "%"),
        (None, "3.时效指标", "走失预警响应时间", "小于等于", 10, "分钟"),
        (None, "4.成本指标", "每人每月照护补助", "小于等于", 1500, "元/人·月"),
        ("二、效益指标", "1.社会效益指标", "失智老人走失事件发生率", up, 1, "%"),
        (None, "2.可持续影响指标", "失智照护服务规范", "定性", "建立并执行", None),
        ("三、满意度指标", "1.服务对象满意度指标", "家属满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("khd17-daycare-multiyear", (5, 8),
         "two-year project 2025–2026, OLD-NAT, tier labels marked * and ★, 中期 and 年度 columns: "
         "the period's count beside a smaller year's count, the next year named in the goal "
         "(correct)")  # fmt: skip
def daycare_multiyear() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, attr="新增项目", name="檀圩区社区嵌入式日间照料中心建设",
                 dept="檀圩区民政局", unit="檀圩区社会福利中心",
                 money=period_year((1000, 900, 100), (400, 360, 40)),
                 goals=["2025年—2026年在全区建成20个社区嵌入式日间照料中心，新增日间照料床位400"
                        "张，实现街道全覆盖。",
                        "2025年建成8个社区嵌入式日间照料中心，新增床位160张，为2026年完成全区"
                        "布点打好基础。"])  # fmt: skip
    indicators(s, (*TIERS, "中期指标值", "年度指标值"), [
        ("*产出指标", "★数量指标", "建成社区嵌入式日间照料中心数量", "≥20个", "≥8个"),
        (None, None, "新增日间照料床位数", "≥400张", "≥160张"),
        (None, "★质量指标", "工程竣工验收合格率", "100%", "100%"),
        (None, "时效指标", "年度建设任务完成时间", "2026年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "单个中心建设补助", "≤50万元/个", "≤50万元/个"),
        ("*效益指标", "社会效益指标", "街道日间照料服务覆盖率", "100%", "≥40%"),
        (None, "可持续影响指标", "建成中心持续运营年限", "≥5年", "≥5年"),
        ("*满意度指标", "服务对象满意度指标", "周边居民及老人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khd18-daycare-artefacts", (9, 12),
         "project, OLD-NAT, one value column: the completion date a serial in a text cell, a "
         "subsidy standard × centres above the money")  # fmt: skip
def daycare_artefacts() -> Book:
    b, s = start()
    serial = mk("46022", "X104", "warning", note="2025-12-31 pasted as a serial in a text cell")
    project_head(s, year=2025, name="苇汀县乡镇日间照料中心运营补助", dept="苇汀县民政局",
                 unit="苇汀县养老服务指导中心", money=one_year(96, 86, 10), end=serial,
                 goals=["对全县14个乡镇日间照料中心给予运营补助，"
                        "日均服务老人不少于280人次。"])  # fmt: skip
    over = mk("≤8万元/个", "B107", "warning", row=True,
              note="8万元/个 × 14个 = 112万元, above the 96万元 of the project")  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "获补助乡镇日间照料中心数量", "≥14个"),
        (None, None, "日均服务老人人次", "≥280人次"),
        (None, "质量指标", "服务台账规范率", "≥95%"),
        (None, "时效指标", "补助资金拨付时间", "2025年6月30日前"),
        (None, "成本指标", "每个中心年度运营补助", over),
        ("效益指标", "社会效益指标", "乡镇老年人日间照料服务可及性", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b
