"""Projects stacked in one sheet (nk15–nk18)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout157.common import TIERS4, detail, one_year, signature, w
from tests.variants.holdout157.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("nk15-farmer-training", (2,), "two one-year projects stacked, OLD-NAT, one value "
         "column: the same indicator names with different values in each project")  # fmt: skip
def nk15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="高素质农民培育项目", dept="临溪县农业农村局（611）",
        unit="临溪县农业技术推广中心",
        money=one_year(120, 100, 20),
        goals=["2026年培育高素质农民600人，培训合格率达到90%以上。"],
    )  # fmt: skip
    s.row(*TIERS4)
    s.table(
        [
            ("产出指标", "数量指标", "培训人数", "≥600人"),
            (None, "质量指标", "培训合格率", "≥90%"),
            (None, "时效指标", "培训完成时间", "2026年11月30日前"),
            (None, "成本指标", "人均培训成本", "≤1800元/人"),
            ("效益指标", "经济效益指标", "参训农民人均增收", "≥1500元"),
            (None, "社会效益指标", "培训期间安全事故", "=0起"),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, title="", name="农村实用人才带头人培训项目", dept="临溪县农业农村局（611）",
        unit="临溪县农村经营管理站",
        money=one_year(45, 45, 0),
        goals=["2026年培训农村实用人才带头人150人，带动新型农业经营主体40个以上。"],
    )  # fmt: skip
    s.row(*TIERS4)
    s.table(
        [
            ("产出指标", "数量指标", "培训人数", "≥150人"),
            (None, "质量指标", "培训合格率", "≥95%"),
            (None, "时效指标", "培训完成时间", "2026年10月31日前"),
            (None, "成本指标", "人均培训成本", "≤2800元/人"),
            ("效益指标", "社会效益指标", "带动新型农业经营主体", "≥40个"),
            (None, None, "培训期间安全事故", "=0起"),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥92%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    signature(s, "黄正阳", "0571-8413 6620", "2025年10月30日")
    return b


def _transit(s: Sheet, *, name: str, unit: str, money: list[tuple[Any, ...]], goal: str,
             rows: list[tuple[Any, ...]], title: str | None) -> None:  # fmt: skip
    project_head(s, year=2027, title=title, name=name, dept="青岚市交通运输局（240）",
                 unit=unit, money=money, goals=[goal])  # fmt: skip
    s.row(*OPS)
    s.table(rows, merged=(1, 2))


@variant("nk16-transit-three", (2, 4), "three one-year projects stacked, NAT-2021, operator "
         "and unit columns, percent cells; =0起 in each project")  # fmt: skip
def nk16() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表")
    _transit(
        s, title=None, name="青岚市公交站亭维修项目", unit="青岚市公共交通服务中心",
        money=one_year(85, 85, 0),
        goal="2027年维修公交站亭400座，不发生安全责任事故，乘客满意度达到90%以上。",
        rows=[
            ("成本指标", "经济成本指标", "单座站亭维修成本", "≤", 0.2, "万元/座"),
            ("产出指标", "数量指标", "维修公交站亭", "≥", 400, "座"),
            (None, "质量指标", "维修验收合格率", "≥", pct(0.98), "%"),
            (None, "时效指标", "报修处置时间", "≤", 48, "小时"),
            ("效益指标", "社会效益指标", "安全责任事故", "=", 0, "起"),
            ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥", pct(0.9), "%"),
        ],
    )  # fmt: skip
    s.skip()
    _transit(
        s, title="", name="青岚市公共自行车运维项目", unit="青岚市公共自行车服务公司",
        money=one_year(160, 130, 30),
        goal="2027年做好8000辆公共自行车和320个服务站点的日常运维，车辆完好率保持在95%以上。",
        rows=[
            ("成本指标", "经济成本指标", "单车年运维成本", "≤", 180, "元/辆"),
            ("产出指标", "数量指标", "运维公共自行车", "≥", 8000, "辆"),
            (None, None, "运维服务站点", "≥", 320, "个"),
            (None, "质量指标", "车辆完好率", "≥", pct(0.95), "%"),
            (None, "时效指标", "故障车辆修复时间", "≤", 24, "小时"),
            ("效益指标", "社会效益指标", "安全责任事故", "=", 0, "起"),
            (None, "可持续影响指标", "日均骑行量", "≥", 30000, "人次"),
            ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥", pct(0.88), "%"),
        ],
    )  # fmt: skip
    s.skip()
    _transit(
        s, title="", name="青岚市出租车服务质量监测项目", unit="青岚市客运管理处",
        money=one_year(40, 40, 0),
        goal="2027年将3000辆出租车接入服务质量监测，及时处理乘客投诉，乘客满意度达到92%以上。",
        rows=[
            ("成本指标", "经济成本指标", "单车监测设备运维成本", "≤", 120, "元/辆"),
            ("产出指标", "数量指标", "接入监测出租车", "≥", 3000, "辆"),
            (None, "质量指标", "监测数据上传率", "≥", pct(0.97), "%"),
            (None, "时效指标", "乘客投诉处理时间", "≤", 5, "个工作日"),
            ("效益指标", "社会效益指标", "安全责任事故", "=", 0, "起"),
            (None, None, "乘客投诉率", "≤", pct(0.005, "0.0%"), "%"),
            ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥", pct(0.92), "%"),
        ],
    )  # fmt: skip
    return b


@variant("nk17-school-two", (1, 2), "two one-year projects stacked, OLD-NAT, operator and unit "
         "columns: a pass rate of 100.50% in the first, a per-student standard × students above "
         "the second project's own money (within the first's)")  # fmt: skip
def nk17() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="中小学校舍维修项目", dept="白沙河区教育局（410）",
        unit="白沙河区教育后勤服务中心",
        money=one_year(300, 260, 40),
        goals=["2026年暑期完成全区中小学校舍维修24000平方米，消除校舍安全隐患。"],
    )  # fmt: skip
    s.row(*OPS)
    s.table(
        [
            ("产出指标", "数量指标", "维修校舍面积", "≥", 24000, "平方米"),
            (None, "质量指标", "维修工程验收合格率", "≥",
             mk(pct(1.005, "0.00%"), "T106", "error", note="100.50% above the ceiling"), "%"),
            (None, "时效指标", "暑期维修按期完工率", "≥", pct(0.95), "%"),
            (None, "成本指标", "单位面积维修成本", "≤", 110, "元/平方米"),
            ("效益指标", "社会效益指标", "校舍安全隐患整改率", "≥", pct(0.98), "%"),
            (None, None, "校舍安全事故", "=", 0, "起"),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, title="", name="学生营养餐补助项目", dept="白沙河区教育局（410）",
        unit="白沙河区学生资助管理中心",
        money=one_year(150, 150, 0),
        goals=["2026年为28所学校的3200名学生提供营养餐补助，不发生食品安全事故。"],
    )  # fmt: skip
    s.row(*OPS)
    s.table(
        [
            ("产出指标", "数量指标", "补助学生", "≥",
             mk(3200, "B107", "warning", row=True, required=False), "人"),
            (None, None, "供餐学校", "≥", 28, "所"),
            (None, "质量指标", "食品安全抽检合格率", "≥", pct(0.98), "%"),
            (None, "时效指标", "补助资金拨付时间", "≤", 15, "个工作日"),
            (None, "成本指标", "生均年补助标准", "≤",
             mk(800, "B107", "warning", row=True,
                note="800元/人 × 3200人 = 256万元, above this project's 150万元"),
             "元/人"),
            ("效益指标", "社会效益指标", "学生营养健康知识知晓率", "≥", pct(0.9), "%"),
            (None, None, "食品安全事故", "=", 0, "起"),
            ("满意度指标", "服务对象满意度指标", "家长满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b


@variant("nk18-river-two", (1, 2, 12), "two one-year projects stacked, OLD-NAT, operator and "
         "unit columns, "
         "percent cells: the first project's detail list adds to more than its 资金总额, a "
         "满意度 typed 0.9 in a General cell in the second")  # fmt: skip
def nk18() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="城区河道保洁项目", dept="青岚市水利局（225）",
        unit="青岚市河道管理所",
        money=one_year(210, 180, 30),
        goals=["2025年完成城区86公里河道日常保洁，河面保洁达标率达到95%以上。"],
    )  # fmt: skip
    s.row(*OPS)
    s.table(
        [
            ("产出指标", "数量指标", "保洁河道长度", "≥", 86, "公里"),
            (None, "质量指标", "河面保洁达标率", "≥", pct(0.95), "%"),
            (None, "时效指标", "漂浮物清理时限", "≤", 24, "小时"),
            (None, "成本指标", "单位长度年保洁成本", "≤", 2.3, "万元/公里"),
            ("效益指标", "生态效益指标", "河道水质达标率", "≥", pct(0.9), "%"),
            (None, "社会效益指标", "保洁作业安全事故", "=", 0, "起"),
            ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    detail(s, [("人工保洁", w(96)), ("保洁船只租赁", w(64)), ("垃圾转运", w(38)),
               ("漂浮物打捞设备", w(24))])  # fmt: skip
    b.file_mark("B102", "error", alt=("B101",),
                note="96 + 64 + 38 + 24 = 222 above the first project's 210")  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, title="", name="河道智能巡查系统建设项目", dept="青岚市水利局（225）",
        unit="青岚市河道管理所", attr="一次性项目",
        money=one_year(60, 60, 0),
        goals=["2025年建设河道智能巡查摄像点位120个，提升河道问题发现和处置效率。"],
    )  # fmt: skip
    s.row(*OPS)
    s.table(
        [
            ("产出指标", "数量指标", "智能巡查摄像点位", "≥", 120, "个"),
            (None, "质量指标", "视频在线率", "≥", pct(0.95), "%"),
            (None, "时效指标", "系统建设完成时间", "≤", "2025年10月31日", None),
            (None, "成本指标", "单个点位建设成本", "≤", 0.45, "万元/个"),
            ("效益指标", "社会效益指标", "河道问题发现处置率", "≥", pct(0.9), "%"),
            ("满意度指标", "服务对象满意度指标", "使用单位满意度", "≥",
             mk(0.9, "T114", "error", alt=("T105", "T116"),
                note="0.9 in a General cell with unit % reads 0.9%"),
             "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    signature(s, "郑海涛", "0571-8522 7031", "2024年11月12日")
    return b
