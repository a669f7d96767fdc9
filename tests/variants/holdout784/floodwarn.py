"""Flood warning for small and medium rivers (中小河流洪水预警): kdn13–kdn18."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout784.common import (
    grid,
    multi_year,
    new,
    notes,
    one_year,
    prior_day,
    project,
    sign,
)
from tests.variants.holdout784.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, pct

UNIT = "省水文水资源监测中心"
CODE = "131001250007"


def _export(b: Book, name: str, amounts: tuple[float, float, float], goal: Any) -> Sheet:
    """The budget sheet of a budget-system export; returns the indicator sheet."""
    s = b.sheet("部门项目支出预算05-1", (16, 26, 12, 14, 14, 14, 40))
    s.title("2025年部门项目支出预算表", 7)
    s.row(f"单位：{UNIT}", None, None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(CODE, name, "延续项目", *(money(a, WAN) for a in amounts), goal)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 26, 14, 16, 30, 18))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row(f"单位：{UNIT}")
    return t


@variant("kdn13-export-warning-ops", (7, 9, 1),
         "budget-system export, two sheets, codes in the first columns, header on the third row "
         "under 绩效目标值, =100% kept as text (correct)")  # fmt: skip
def kdn13() -> Book:
    b = Book()
    name = "中小河流洪水预警系统运行维护"
    t = _export(
        b,
        name,
        (420, 380, 40),
        "保障全省210处水位站、460处雨量站稳定运行，预警信息发布覆盖沿河全部危险区。",
    )
    rows = [
        (CODE, name, "产出指标", "数量指标", "运维水位站数量", "≥210个"),
        (CODE, name, None, None, "运维雨量站数量", "≥460个"),
        (CODE, name, None, "质量指标", "预警信息发布覆盖率", "=100%"),
        (CODE, name, None, None, "汛期数据到报率", pct(0.98)),
        (CODE, name, None, "时效指标", "预警信息发布时间", "≤30分钟"),
        (CODE, name, "成本指标", "经济成本指标", "单站年运维费用", "≤0.6万元/个"),
        (CODE, name, "效益指标", "社会效益指标", "沿河危险区群众转移避险组织率", "≥95%"),
        (CODE, name, "满意度指标", "服务对象满意度指标", "基层防汛责任人满意度", "≥90%"),
    ]  # fmt: skip
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值")
    t.table(rows, merged=(3, 4))
    return b


@variant("kdn14-export-stations", (7, 12),
         "budget-system export under 预期实现值: the goal's station count against the "
         "indicator's, a count under 时效, a unit cost × count above the money")  # fmt: skip
def kdn14() -> Book:
    b = Book()
    name = "山洪沟自动监测站点建设"
    t = _export(
        b, name, (480, 450, 30), "2025年新建自动雨量站86个、水位站34个，补齐山洪沟监测空白。"
    )
    rows = [
        (CODE, name, "产出指标", "数量指标", "新建自动雨量站数量",
         mk("≥68个", "D104", "warning", row=True, note="年度绩效目标写新建自动雨量站86个")),
        (CODE, name, None, "质量指标", "站点建设验收合格率", "100%"),
        (CODE, name, None, "时效指标",
         mk("新建水位站数量", "F201", "warning", row=True, note="站点个数是数量指标，填在时效下"),
         "≥34个"),
        (CODE, name, "成本指标", "经济成本指标", "雨量站单站建设成本",
         mk("≤8万元/个", "B107", "warning", row=True,
            note="8万元/个 × 68个 = 544万元，超过资金总额480万元")),
        (CODE, name, "效益指标", "社会效益指标", "山洪沟监测覆盖率", "≥90%"),
        (CODE, name, "满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"),
    ]  # fmt: skip
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值")
    t.table(rows, merged=(3, 4))
    return b


HEAD_OP = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("kdn15-quewei-notes", (4, 11),
         "project, NAT-2021, operator and unit columns: a note row inside the table, the header "
         "repeated after a page break, 0起 on an incident count, 填表说明 and signature lines "
         "(correct)")  # fmt: skip
def kdn15() -> Book:
    b, s = new(widths=(16, 18, 32, 10, 14, 12))
    project(s, 2025, "鹊尾河山洪灾害监测预警能力提升项目", "鹊尾河流域管理站",
            one_year(560, 500, 60),
            ["改造雨量站80个，新建预警广播站150套，预警到人到户。"])  # fmt: skip
    grid(s, [
        ("产出指标", "数量指标", "雨量站改造数量", "≥", 80, "个"),
        (None, None, "预警广播站新建数量", "≥", 150, "套"),
        (None, "质量指标", "设备安装验收合格率", "=", 100, "%"),
        (None, "时效指标", "汛前完成设备调试时间", "≤", "2025年5月31日", "日期"),
        ("成本指标", "经济成本指标", "雨量站单站改造费用", "≤", 3.5, "万元/个"),
    ], head=HEAD_OP)  # fmt: skip
    notes(s, "注：以下为效益及满意度指标（续表）")
    grid(s, [
        ("效益指标", "社会效益指标", "因预警不到位造成人员伤亡事件", "≤", 0, "起"),
        (None, None, "洪水预报误差下降率", "≥", 10, "%"),
        ("满意度指标", "服务对象满意度指标", "沿河村组群众满意度", "≥", 90, "%"),
    ], head=HEAD_OP)  # fmt: skip
    notes(s, "填表说明：1.比较符填写≥、≤或=；2.计量单位与指标值分列填写。")
    sign(s, "邵可钦", "0719-5583216", prior_day(2025))
    s.row("单位负责人（签字）：", None, "（盖章）", None, "日期：", day(2024, 11, 12))
    return b


@variant("kdn16-yangou-copied-counts", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: cumulative counts copied into the "
         "year's column, a year's deadline left over from last season")  # fmt: skip
def kdn16() -> Book:
    b, s = new()
    goals = ("2025年—2026年新建水位站40个、预警广播站260套，建成砚沟河洪水预警平台。",
             "2025年新建水位站24个、预警广播站150套，完成预警平台主体开发。")  # fmt: skip
    rows = multi_year((900, 800, 100), (520, 460, 60))
    project(s, 2025, "砚沟河洪水预警系统建设项目", UNIT, rows, goals, years=2, attr="新增项目")
    note = "两年期项目的累计数照抄到年度列，年度目标写的是{}"
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    grid(s, [
        ("产出指标", "数量指标", "新建水位站数量", "≥40个",
         mk("≥40个", "D202", "warning", note=note.format("24个"))),
        (None, None, "新建预警广播站数量", "≥260套",
         mk("≥260套", "D202", "warning", note=note.format("150套"))),
        (None, "质量指标", "站点建设验收合格率", "100%", "100%"),
        (None, "时效指标", "年度建设任务完成时限", "2026年12月31日前",
         mk("2024年11月30日前", "Y102", "error", alt=("Y101",),
            note="2025年的年度时限写成2024年，早于项目开始")),
        ("效益指标", "社会效益指标", "预警信息覆盖沿河人口", "≥6.5万人", "≥4万人"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%"),
    ], head=head)  # fmt: skip
    return b


HEAD_DIR = ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")


@variant("kdn17-liaotang-labels", (5, 11),
         "project, NAT-2021, numbered and marked tier labels with points, abbreviations, 指标性质 "
         "as direction and the operator in words (correct)")  # fmt: skip
def kdn17() -> Book:
    b, s = new(widths=(18, 16, 30, 10, 10, 12, 12))
    project(s, 2025, "蓼塘河中小河流洪水预警系统运行维护", "蓼塘河水文站",
            one_year(380, 380, 0),
            ["保障蓼塘河流域48个测站汛期稳定运行，预警发布及时准确。"])  # fmt: skip
    grid(s, [
        ("一、产出指标（50分）", "1.数量", "运维测站数量", "正向", "大于等于", 48, "个"),
        (None, "2.质量", "汛期数据到报率", "正向", "大于等于", 95, "%"),
        (None, "*时效", "预警信息发布时间", "反向", "小于等于", 30, "分钟"),
        ("二、成本指标（10分）", "1.经济成本", "单站年运维费用", "反向", "小于等于", 7.5,
         "万元/个"),
        ("三、效益指标（30分）", "1.社会效益", "洪水预报误差下降率", "正向", "大于等于", 8, "%"),
        (None, "★2.可持续影响", "测站设备完好率", "正向", "大于等于", 95, "%"),
        ("四、满意度指标（10分）", "1.服务对象满意度", "防汛责任人满意度", "正向", "大于等于",
         90, "%"),
    ], head=HEAD_DIR)  # fmt: skip
    return b


@variant("kdn18-template-leftovers", (6, 13, 7),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a "
         "name, the template's example row left in")  # fmt: skip
def kdn18() -> Book:
    b, s = new()
    project(s, 2025, "小型水库雨水情测报设施补短板项目", "省水库管理服务中心",
            one_year(300, 300, 0),
            ["为62座小型水库配齐雨水情测报和大坝安全监测设施。"])  # fmt: skip
    grid(s, [
        ("产出指标", "数量指标", "配齐测报设施的小型水库数量", "≥62座"),
        (None, None, mk(None, "F110", "error", note="填了指标值，没有三级指标名称"), "≥95%"),
        (None, "质量指标", "设施安装验收合格率", "100%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板中的时效指标未填写"), None,
         None),
        ("成本指标", "经济成本指标", "单座水库设施配置成本", "≤4.5万元/座"),
        ("效益指标", "社会效益指标", "示例：培训人员数量",
         mk("≥XX人次", "X101", "error", note="模板示例行未删除，留有占位符")),
        ("满意度指标", "服务对象满意度指标", "水库管护人员满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "预期目标"))  # fmt: skip
    return b
