"""公益性岗位, 零工市场 and 高校毕业生见习: su13–su18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout297.common import CW, QF, ZL, grid, note, one_year, sign, start, wan
from tests.variants.holdout297.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

CODE = "7310460081"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("su13-public-posts-department", (12, 5),
         "department, NAT-2021, tier labels marked with * and abbreviated (*产出, 数量, "
         "经济成本), budget and key tasks adding up, a unit cost × count equal to its task "
         "(correct)")  # fmt: skip
def su13() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept="柘岭市公共就业服务中心",
                    budget=[[money(2860), money(2700), money(160), money(610), money(2250)]],
                    tasks=[["公益性岗位补贴", "托底安置就业困难人员", money(1680), "安置1400人"],
                           ["零工市场运营", "市级零工市场和驿站运营", money(320), "常态运营"],
                           ["就业援助活动", "就业援助月和专场招聘", money(250), "援助到位"],
                           ["金额合计", "", money(2250), ""]],
                    goal="托底安置就业困难人员，运营零工市场，零就业家庭动态清零。")  # fmt: skip
    grid(s, HEAD4, [
        ["*产出", "数量", "公益性岗位安置就业困难人员", "≥1400人"],
        [None, None, "零工市场撮合就业人次", "≥9000人次"],
        [None, "质量", "公益性岗位人员在岗率", "≥95%"],
        [None, "时效", "岗位补贴按月发放及时率", "≥98%"],
        ["*成本", "经济成本", "公益性岗位人均年补贴", "≤1.2万元/人"],
        ["*效益", "社会效益", "零就业家庭动态清零率", "=100%"],
        [None, "可持续影响", "就业援助长效机制", "健全"],
        ["*满意度", "服务对象满意度", "公益性岗位人员满意度", "≥92%"],
    ])  # fmt: skip
    return b


@variant("su14-public-posts-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to 金额合计; "
         "indicators correct")  # fmt: skip
def su14() -> Book:
    b, s = start("部门整体")
    total = mk(money(1150), "B101", "error", row=True, note="380 + 760 = 1140，不等于资金总额 1150")
    listed = mk(money(760), "B102", "error", note="520 + 140 + 110 = 770，不等于金额合计 760")
    department_head(s, year=2025, dept="栖枫县就业创业服务中心",
                    budget=[[total, money(1080), money(70), money(380), money(760)]],
                    tasks=[["公益性岗位补贴", "乡村公益性岗位补贴", money(520), "安置400人"],
                           ["零工驿站运营", "乡镇零工驿站运营补助", money(140), "驿站运营"],
                           ["就业见习补贴", "见习生活补贴和保险", money(110), "见习150人"],
                           ["金额合计", "", listed, ""]],
                    goal="开发乡村公益性岗位，运营零工驿站，组织青年就业见习。")  # fmt: skip
    grid(s, HEAD4, [
        ["产出指标", "数量指标", "乡村公益性岗位安置人数", "≥400人"],
        [None, None, "组织就业见习人数", "≥150人"],
        [None, "质量指标", "公益性岗位人员考核合格率", "≥95%"],
        [None, "时效指标", "岗位补贴按季拨付及时率", "≥95%"],
        ["成本指标", "经济成本指标", "乡村公益性岗位人均年补贴", "≤1.3万元/人"],
        ["效益指标", "社会效益指标", "帮扶就业困难人员实现就业人数", "≥550人"],
        [None, "可持续影响指标", "零工驿站运营机制", "健全"],
        ["满意度指标", "服务对象满意度指标", "岗位人员满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant("su15-gig-market-notes", (4,),
         "project, OLD-NAT, 权重 column: 小计 rows per tier, a 说明 row, the header repeated after "
         "a page break, a 合计 row, signature and date lines (correct)")  # fmt: skip
def su15() -> Book:
    b, s = start()
    aim = "建成街道零工驿站，提供零工信息发布和对接服务，促进灵活就业。"
    project_head(s, year=2025, name="零工市场建设运营补助", dept=ZL,
                 unit="柘岭市零工市场服务中心", money=one_year(wan(210), wan(190), wan(20)),
                 goals=(aim,))  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    grid(s, head, [
        ["产出指标", "数量指标", "建成街道零工驿站数量", "≥12个", 10],
        [None, None, "零工求职登记人次", "≥15000人次", 10],
        [None, "质量指标", "岗位信息发布审核合格率", "≥98%", 10],
        [None, "时效指标", "零工岗位信息发布时限", "≤24小时", 10],
        [None, "成本指标", "单个零工驿站建设补助", "≤8万元/个", 10],
        ["产出指标小计", "", None, None, 50],
    ])  # fmt: skip
    note(s, "说明：零工驿站名单及选址见附件。", 5)
    s.skip()
    grid(s, head, [
        ["效益指标", "社会效益指标", "零工市场促成灵活就业人次", "≥6000人次", 15],
        [None, "可持续影响指标", "零工市场常态化运营机制", "健全", 15],
        ["效益指标小计", "", None, None, 30],
        ["满意度指标", "服务对象满意度指标", "求职零工满意度", "≥90%", 10],
        [None, None, "用工主体满意度", "≥90%", 10],
        ["满意度指标小计", "", None, None, 20],
        ["合计", "", None, None, 100],
    ])  # fmt: skip
    sign(s, "温砚秋", "0736-3471586", day(2024, 12, 3))
    return b


@variant("su16-gig-platform-export", (4, 9, 1),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header "
         "on the third row, codes in the first columns; a count and a deadline typed as "
         "percent")  # fmt: skip
def su16() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 22, 12, 12, 12))
    s.row("预算单位：澄湾区人力资源和社会保障局", merge=[(1, 3)])
    s.row("金额单位：万元")
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row(CODE, "零工市场信息平台建设", money(160), money(150), money(10))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 12, 16, 28, 14, 10))
    t.row("预算单位：澄湾区人力资源和社会保障局", merge=[(1, 3)])
    t.row("金额单位：万元")
    count = mk(pct(0.9), "T120", "warning", note="驿站数量是个数，填成了百分比 90%")
    when = mk(pct(1), "T113", "warning", note="上线时间是期限，填成了百分比 100%")
    grid(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        [CODE, "零工市场信息平台建设", "产出指标", "数量指标", "接入零工驿站数量", count, None],
        [None, None, None, None, "平台注册求职零工人数", "≥8000", "人"],
        [None, None, None, "质量指标", "岗位信息审核合格率", pct(0.98), "%"],
        [None, None, None, "时效指标", "信息平台上线时间", when, None],
        [None, None, None, "成本指标", "平台建设及运维费用", "≤150", "万元"],
        [None, None, "效益指标", "社会效益指标", "平台促成零工就业人次", "≥5000", "人次"],
        [None, None, None, "可持续影响指标", "平台数据共享机制", "建立并执行", None],
        [None, None, "满意度指标", "服务对象满意度指标", "平台用户满意度", pct(0.9), "%"],
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


WORDS_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")


@variant("su17-trainee-operator-words", (11, 1),
         "project, OLD-NAT, 指标性质 as direction (正向/反向/定性), 指标方向 holding the operator "
         "in words, bare numbers and percent cells with a unit column; a 下降率 with 大于等于 and "
         "0起 on an incident count (correct)")  # fmt: skip
def su17() -> Book:
    b, s = start()
    aim = "组织离校未就业高校毕业生参加就业见习，落实见习生活补贴，提高留用率。"
    project_head(s, year=2025, name="高校毕业生就业见习补贴", dept=QF,
                 unit="栖枫县人才交流服务中心", money=one_year(wan(240), wan(215), wan(25)),
                 goals=(aim,))  # fmt: skip
    grid(s, WORDS_HEAD, [
        ["产出指标", "数量指标", "组织就业见习人数", "正向", "大于等于", 400, "人"],
        [None, None, "募集见习岗位数", "正向", "大于等于", 500, "个"],
        [None, "质量指标", "见习期满考核合格率", "正向", "大于等于", pct(0.9), "%"],
        [None, None, "见习人员中途流失率", "反向", "小于等于", pct(0.1), "%"],
        [None, None, "见习期间安全事故", "反向", "等于", 0, "起"],
        [None, "时效指标", "见习补贴发放办结时限", "反向", "小于等于", 10, "工作日"],
        [None, "成本指标", "人均见习补贴", "反向", "小于等于", 0.45, "万元/人"],
        ["效益指标", "社会效益指标", "见习期满留用率", "正向", "大于等于", pct(0.35), "%"],
        [None, None, "登记失业青年人数下降率", "正向", "大于等于", 5, "%"],
        [None, "可持续影响指标", "见习基地动态管理机制", "定性", None, "健全", None],
        ["满意度指标", "服务对象满意度指标", "见习单位满意度", "正向", "大于等于", pct(0.9), "%"],
        [None, None, "见习人员满意度", "正向", "大于等于", pct(0.9), "%"],
    ])  # fmt: skip
    sign(s, "薛岱宁", "0736-8153467", day(2024, 12, 10))
    return b


@variant("su18-public-posts-tier-wrong", (5, 11, 13),
         "project, NAT-2021, numbered tier labels: 时效指标 under 效益指标, an accident rate "
         "with ≥, a value whose indicator name was left empty")  # fmt: skip
def su18() -> Book:
    b, s = start()
    aim = "开发城镇公益性岗位托底安置就业困难人员，按月发放岗位补贴。"
    project_head(s, year=2025, name="城镇公益性岗位开发补贴", dept=CW,
                 unit="澄湾区就业困难人员援助中心", money=one_year(wan(300), wan(270), wan(30)),
                 goals=(aim,))  # fmt: skip
    nameless = mk(None, "F110", "error", note="有指标值“=100%”，三级指标名称空着")
    risk = mk("≥1%", "T108", "warning", row=True, note="事故发生率是反向指标，应为“≤”")
    wrong = mk("2.时效指标", "F105", "error", note="时效指标属于产出指标，不在效益指标之下")
    grid(s, HEAD4, [
        ["一、产出指标", "1.数量指标", "开发城镇公益性岗位数量", "≥260个"],
        [None, None, "安置就业困难人员人数", "≥260人"],
        [None, "2.质量指标", "岗位人员考勤合格率", "≥95%"],
        [None, None, nameless, "=100%"],
        [None, None, "岗位安全事故发生率", risk],
        ["二、成本指标", "1.经济成本指标", "人均岗位补贴", "≤1.1万元/人"],
        ["三、效益指标", "1.社会效益指标", "就业困难人员稳定就业率", "≥85%"],
        [None, wrong, "岗位补贴按月拨付及时率", "≥95%"],
        [None, "3.可持续影响指标", "公益性岗位动态管理机制", "健全"],
        ["四、满意度指标", "1.服务对象满意度指标", "岗位人员满意度", "≥90%"],
    ])  # fmt: skip
    return b
