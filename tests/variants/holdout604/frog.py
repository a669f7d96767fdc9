"""Returns ep13–ep18: the 白鹇岭 forest-frog (林蛙) reserve in 澜石县."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout604.common import (
    YEAR,
    first,
    indicators,
    notes,
    one_year,
    periods,
    signature,
)
from tests.variants.holdout604.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "澜石县林业局（307）"
STATION = "澜石县白鹇岭林蛙保护区管理站"
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("ep13-frog-habitat-period", (8,),
         "three-year reserve project, NAT-2021, 中期 and 年度 columns: period counts above the "
         "year's, rates equal in both, the plan's last year in the goal (correct)")  # fmt: skip
def ep13() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="白鹇岭林蛙栖息地修复", dept=DEPT, unit=STATION, years=3,
                 money=periods((450, 390, 60), (150, 130, 20)),
                 goals=["至2028年修复林蛙栖息地900亩，增殖放流林蛙幼体60万只，种群密度提高15%。",
                        "修复栖息地300亩，放流林蛙幼体20万只，完成年度种群监测。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "栖息地修复面积", "≥900亩", "≥300亩"),
        (None, None, "增殖放流林蛙幼体", "≥60万只", "≥20万只"),
        (None, "质量指标", "种群监测数据完整率", "≥95%", "≥95%"),
        (None, "时效指标", "年度放流完成时间", "2028年11月底前", "2026年11月底前"),
        ("成本指标", "经济成本指标", "栖息地修复亩均成本", "≤0.35万元/亩", "≤0.35万元/亩"),
        ("效益指标", "生态效益指标", "林蛙种群密度提高", "≥15%", "≥5%"),
        (None, "社会效益指标", "护蛙宣传覆盖周边村", "≥12个", "≥4个"),
        (None, "可持续影响指标", "管护制度执行率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ep14-frog-patrol-goal", (11, 1),
         "project, NAT-2021, 指标性质 as direction and 指标方向 as operator, a unit column, typed "
         "percent cells: the goal's patrol count lowered, last year in the goal")  # fmt: skip
def ep14() -> Book:
    b, s = first(widths=(14, 16, 28, 10, 10, 12, 12))
    goal = mk(
        "2025年度完成保护区巡护不少于240次，设置监测样线18条，林蛙盗捕案件不超过2起。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2026年度的申报表，年度目标写2025年度",
    )
    project_head(
        s,
        year=YEAR,
        name="林蛙保护区巡护与监测",
        dept=DEPT,
        unit=STATION,
        money=one_year(48, 48, 0),
        goals=[goal],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "保护区巡护次数", "正向", "≥",
         mk(200, "D104", "warning", row=True, note="年度目标写巡护不少于240次"), "次"),
        (None, None, "设置监测样线", "正向", "≥", 18, "条"),
        (None, "质量指标", "监测记录规范率", "正向", "≥", pct(0.95), "%"),
        (None, "时效指标", "巡护记录上报时限", "反向", "≤", 3, "个工作日"),
        ("成本指标", "经济成本指标", "单次巡护成本", "反向", "≤", 0.15, "万元/次"),
        ("效益指标", "生态效益指标", "林蛙盗捕案件", "反向", "≤", 2, "起"),
        (None, None, "栖息地人为干扰下降率", "正向", "≥", pct(0.1), "%"),
        (None, "社会效益指标", "护林员持证上岗率", "正向", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "正向", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("ep15-frog-department", (12, 4),
         "department, NAT-2021: shares and tasks consistent, a footnote explaining 金额合计, "
         "0起 on an incident count, a 下降率 with ≥, signature lines (correct)")  # fmt: skip
def ep15() -> Book:
    b, s = first()
    department_head(s, year=YEAR, dept=STATION,
                    budget=[(320, 300, 20, 140, 180)],
                    tasks=[("栖息地修复", "修复溪流与越冬场所", 90, "修复栖息地200亩"),
                           ("巡护监测", "日常巡护与种群监测", 55, "巡护不少于240次"),
                           ("科普宣教", "进村宣传与自然教育", 35, "开展宣教活动16场"),
                           ("金额合计", None, 180, None)],
                    goal="修复林蛙栖息地200亩，全年巡护不少于240次，"
                    "杜绝非法捕捉林蛙案件。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "修复林蛙栖息地", "≥200亩"),
        (None, None, "保护区巡护", "≥240次"),
        (None, None, "开展宣教活动", "≥16场"),
        (None, "质量指标", "修复工程验收合格率", "=100%"),
        (None, "时效指标", "越冬场所修复完成时间", "2026年10月底前"),
        ("成本指标", "经济成本指标", "栖息地修复亩均成本", "≤0.4万元/亩"),
        ("效益指标", "生态效益指标", "非法捕捉林蛙案件", "0起"),
        (None, None, "栖息地破坏面积下降率", "≥10%"),
        (None, "社会效益指标", "自然教育参与人次", "≥1200人次"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计180万元为项目支出，基本支出140万元不列入年度主要任务。")
    signature(s, "戚远帆", "0739-6348210", (YEAR - 1, 11, 26))
    s.row("单位负责人：", "杭牧之", None, None, "（单位盖章）", None)
    return b


@variant("ep16-frog-release-period", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 中期目标 copied into 年度目标, an "
         "annual release above the period's, a completion date cutting the plan short")  # fmt: skip
def ep16() -> Book:
    b, s = first()
    text = "推进林蛙人工繁育与野外放归，恢复保护区林蛙野生种群。"
    end = mk(day(YEAR + 1, 12, 31), "Y101", "error", alt=("Y102",),
             note="项目期3年（2026—2028年），计划完成日期却是2027年12月31日")  # fmt: skip
    annual = mk(text, "D204", "warning", note="年度目标与中期目标逐字相同")
    project_head(
        s,
        year=YEAR,
        name="林蛙人工繁育与野外放归",
        dept=DEPT,
        unit=STATION,
        years=3,
        money=periods((360, 300, 60), (130, 110, 20)),
        end=end,
        goals=[text, annual],
    )
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "建设人工繁育池", "≥40个", "≥15个"),
        (None, None, "野外放归幼蛙", "≥50万只",
         mk("≥60万只", "D201", "error", row=True, note="年度放归数大于三年合计50万只")),
        (None, "质量指标", "放归前健康检测合格率", "≥95%", "≥95%"),
        (None, "时效指标", "繁育池建成时间", "2027年5月底前", "2026年10月底前"),
        ("成本指标", "经济成本指标", "繁育池单位造价", "≤3万元/个", "≤3万元/个"),
        ("效益指标", "生态效益指标", "放归区林蛙种群数量增长率", "≥20%", "≥5%"),
        (None, "社会效益指标", "吸纳周边村民参与管护", "≥30人", "≥12人"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ep17-frog-two-row-header", (8, 7),
         "two-year project, OLD-NAT, two-row header (考核指标, 指标值 over 实施期 and 年度), the "
         "period's count beside a smaller year's, a later year prepared for (correct)")  # fmt: skip
def ep17() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="林蛙种群本底调查与监测体系建设", dept=DEPT, unit=STATION,
                 years=2, money=periods((96, 96, 0), (56, 56, 0)),
                 goals=["2026—2027年完成保护区林蛙种群本底调查，布设监测样点60个，"
                        "为2028年申报省级林蛙保护示范区积累监测资料。",
                        "完成东片区本底调查，布设监测样点35个，建立监测数据库。"])  # fmt: skip
    s.row("一级指标", "二级指标", "考核指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "实施期（2026—2027年）", f"{YEAR}年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "布设监测样点", "≥60个", "≥35个"),
        (None, None, "本底调查面积", "≥3200公顷", "≥1800公顷"),
        (None, "质量指标", "调查数据复核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "本底调查报告提交时间", "2027年11月底前", "2026年12月15日前"),
        (None, "成本指标", "监测样点建设单价", "≤0.6万元/个", "≤0.6万元/个"),
        ("效益指标", "生态效益指标", "林蛙主要栖息地监测覆盖率", "≥90%", "≥50%"),
        (None, "可持续影响指标", "监测数据库持续更新年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "保护区管理人员满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("ep18-frog-core-labels", (5,),
         "transfer-payment project, OLD-NAT, labels with * and ★ and abbreviations: a repair area "
         "twice under two tier-2s, a unit cost × area above the money")  # fmt: skip
def ep18() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="林蛙越冬场所保护修复（省级转移支付）",
        dept=DEPT,
        unit=STATION,
        money=one_year(45, 40, 5),
        attr="一次性项目",
        goals=["修复林蛙越冬深潭及溪流缓流区120亩，清理河道淤积，降低越冬期死亡。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出指标", "★数量指标", "越冬场所修复面积", "≥120亩"),
        (None, "质量", "修复工程验收合格率", "=100%"),
        (None, "时效", "修复工程完工时间", "2026年9月底前"),
        (None, "★成本指标", "越冬场所修复亩均成本",
         mk("≤0.5万元/亩", "B107", "warning", row=True,
            note="0.5万元 × 120亩 = 60万元，超过年度资金45万元")),
        ("*效益指标", "生态效益", mk("林蛙越冬场所修复面积", "D103", "warning", row=True,
                                     alt=("D102", "D101", "F201", "D104"),
                                     note="与数量下的修复面积是同一指标，120亩/150亩"),
         "≥150亩"),
        (None, None, "越冬期林蛙死亡率", "≤15%"),
        (None, "可持续", "修复设施管护年限", "≥5年"),
        ("*满意度", "服务对象满意度", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    return b
