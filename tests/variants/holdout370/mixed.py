"""Exports, conversion artefacts, points and money (both halves of the theme), vp13 to vp18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout370.common import HEAD4, funds, grid, notes, sign, start
from tests.variants.holdout370.registry import variant
from tests.variants.kit import WAN, YUAN, Book, day, mk, money, pct

OPS6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("vp13-device-system-export", (4, 7),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, codes in "
         "the first two columns, header on the third row, 度量单位 column (correct)")  # fmt: skip
def vp13() -> Book:
    b, s = start("部门项目支出预算05-1")
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("单位编码", "项目编码", "项目名称", "年度资金总额", "财政拨款", "其他资金")
    s.row("417003", "41700326Q0012", "云峤区残疾人辅具适配补贴",
          money(95, WAN), money(85, WAN), money(10, WAN))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", widths=(10, 16, 12, 16, 26, 10, 12, 10))
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row("单位名称：云峤区残疾人联合会", None, None, None, "项目名称：云峤区残疾人辅具适配补贴")
    code = ("417003", "41700326Q0012")
    grid(t, ("单位编码", "项目编码", *OPS6[:3], "指标性质", "指标值", "度量单位"), [
        (*code, "产出指标", "数量指标", "辅具适配人次", "≥", 1000, "人次"),
        (*code, None, "质量指标", "适配评估规范率", "≥", pct(0.95), "%"),
        (*code, None, "时效指标", "补贴发放时限", "≤", 20, "工作日"),
        (*code, None, "成本指标", "人均辅具补贴", "≤", 900, "元/人次"),
        (*code, "效益指标", "社会效益指标", "适配对象生活自理改善率", "≥", pct(0.75), "%"),
        (*code, "满意度指标", "服务对象满意度指标", "适配对象满意度", "≥", pct(0.9), "%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("vp14-sign-video-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below: a total split by a space and "
         "stored as text, an amount pasted twice")  # fmt: skip
def vp14() -> Book:
    b, s = start()
    split = mk("312.0 5", "X105", "warning", alt=("X103",), note="312.05 split by a space")
    project_head(s, year=2026, name="公共服务手语视频制作", dept="峦溪市残疾人联合会 266",
                 unit="峦溪市聋人协会", money=funds(split, 280, 32.05),
                 goals=["制作政务、医疗、交通等公共服务手语视频300条。"])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "制作手语视频条数", "≥300条"),
        (None, "质量指标", "视频手语审校合格率", "≥98%"),
        (None, "时效指标", "视频上线时间", "2026年11月30日前"),
        (None, "成本指标", "每条视频制作成本", "≤0.4万元/条"),
        ("效益指标", "社会效益指标", "视频累计播放量", "≥50000次"),
        ("满意度指标", "服务对象满意度指标", "听障用户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    twice = mk("120万120万(含拍摄设备)", "X106", "error", alt=("B108",), note="120 pasted twice")
    s.row("支出明细", "手语视频制作", twice)
    s.row(None, "手语翻译员劳务", money(150, WAN))
    s.row(None, "平台运维", money(42.05, WAN))
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r, end_column=1)
    return b


@variant("vp15-sign-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column, a rate raised in "
         "百分点, 0起 on an incident count (correct)")  # fmt: skip
def vp15() -> Book:
    b, s = start()
    project_head(s, year=2026, name="听障学生国家通用手语教学推广", dept="砚塘市教育局 045",
                 unit="砚塘市特殊教育指导中心", money=funds(40, 36, 4),
                 goals=["在12所学校推广国家通用手语，培训教师180人。"])  # fmt: skip
    grid(s, ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 50, "数量指标", "推广学校数", "≥12所", 15),
        (None, None, None, "培训手语教师", "≥180人", 15),
        (None, None, "质量指标", "教师考核合格率", "≥90%", 10),
        (None, None, "时效指标", "教师培训完成时间", "2026年8月31日前", 10),
        ("成本指标", 10, "经济成本指标", "人均培训成本", "≤0.15万元/人", 10),
        ("效益指标", 30, "社会效益指标", "听障学生通用手语掌握率提高", "≥5百分点", 15),
        (None, None, None, "手语教学活动安全事故", "≤0起", 5),
        (None, None, "可持续影响指标", "手语教学资源库更新", "≥2次", 10),
        ("满意度指标", 10, "服务对象满意度指标", "学生及家长满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级分值合计100分，三级指标分值合计100分，二者为同一总分的两级分解。")
    return b


@variant("vp16-device-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, a "
         "deadline date in the following year")  # fmt: skip
def vp16() -> Book:
    b, s = start()
    total = mk(money(960, WAN), "B101", "error", row=True, note="400 + 580 = 980 ≠ 960")
    whole = mk(money(580, WAN), "B102", "error", note="300 + 180 + 90 = 570 ≠ 580")
    department_head(s, year=2026, dept="桐溆市残疾人辅助器具中心",
                    budget=[(total, money(900, WAN), money(60, WAN), money(400, WAN),
                             money(580, WAN))],
                    goal="适配辅具3000人次，运营辅具服务站15个。",
                    tasks=[("辅具适配补贴", "评估、适配、补贴", money(300, WAN), "适配3000人次"),
                           ("辅具服务站运营", "展示、借用、维修", money(180, WAN), "运营15个站"),
                           ("康复辅具宣传", "进社区宣传", money(90, WAN), "宣传40场"),
                           ("金额合计", None, whole, None)])  # fmt: skip
    late = mk(day(2027, 3, 31), "Y102", "error", alt=("Y103",), note="a 2027 date in 2026")
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "辅具适配人次", "≥3000人次"),
        (None, None, "运营辅具服务站", "≥15个"),
        (None, "质量指标", "适配评估规范率", "≥95%"),
        (None, "时效指标", "年度辅具配发完成时限", late),
        ("成本指标", "经济成本指标", "人均适配补贴", "≤0.1万元/人次"),
        ("效益指标", "社会效益指标", "持证残疾人辅具适配率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vp17-sign-flat-defects", (3,),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): weights add to 95, "
         "an amount in a 场 row")  # fmt: skip
def vp17() -> Book:
    b, s = start()
    department_head(s, year=2026, dept="青梧市聋人协会",
                    budget=[(money(210, WAN), money(190, WAN), money(20, WAN), money(80, WAN),
                             money(130, WAN))],
                    goal="提供手语翻译服务900场，开展手语培训6期。")  # fmt: skip
    b.file_mark("W101", "error", note="20 + 15 + 15 + 10 + 10 + 15 + 10 = 95 ≠ 100")
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("手语翻译服务场次",
         mk("12万元", "T112", "error", note="万元 in the value, 场 in the unit column"), "场", 20),
        ("手语培训期数", "≥6", "期", 15),
        ("培训学员结业率", "≥90", "%", 15),
        ("翻译预约响应时间", "≤24", "小时", 10),
        ("每场翻译服务成本", "≤600", "元/场", 10),
        ("听障群众手语服务获得率", "≥70", "%", 15),
        ("服务对象满意度", "≥90", "%", 10),
    ])  # fmt: skip
    sign(s, 2026, "沈栖", "0734-5521 0876")
    return b


@variant("vp18-device-units-zero", (1, 9, 12),
         "project, OLD-NAT, operator and unit columns: an amount in 元 in a 万元 block, a unit "
         "cost rounded to 0, =95% on a satisfaction")  # fmt: skip
def vp18() -> Book:
    b, s = start()
    other = mk(money(300000, YUAN), "B105", "error", note="元 in the 项目资金（万元） block")
    project_head(s, year=2026, name="贫困残疾人辅具维护维修", dept="檀溪县残疾人联合会 214",
                 unit="檀溪县康复辅具服务站", money=funds(120, 90, other),
                 goals=["为3000名残疾人提供辅具上门维护维修。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="caused by the 元 cell, tolerated")
    zero = mk(money(0, "0"), "T115", "error", note="a unit cost shown as 0万元: rounded")
    grid(s, OPS6, [
        ("产出指标", "数量指标", "辅具维护维修人数", "≥", 3000, "人"),
        (None, "质量指标", "维修后辅具完好率", "≥", pct(0.95), "%"),
        (None, "时效指标", "报修响应时间", "≤", 48, "小时"),
        (None, "成本指标", "人均辅具维护成本", "≤", zero, "万元/人"),
        ("效益指标", "社会效益指标", "辅具使用中断率", "≤", pct(0.05), "%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度",
         mk("=", "T107", "warning", row=True, note="=95% on a satisfaction means ≥"),
         pct(0.95), "%"),
    ])  # fmt: skip
    return b
