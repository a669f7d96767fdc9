"""Returns with the old version kept on a second sheet (旧版, shown or hidden), rows hidden by
the unit, and department tables revised (jo07–jo12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout57.common import (
    YELLOW,
    fill,
    footer,
    hide,
    note,
    revision,
    table,
)
from tests.variants.holdout57.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct

H6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")

HEALTH_MONEY = [("年度资金总额", money(680, WAN), "其中：财政拨款", money(610, WAN)),
                ("其他资金", money(70, WAN), None, None)]  # fmt: skip


def _health(rows: list[tuple[object, ...]], goal: str, title: str, b: Book, name: str) -> None:
    s = b.sheet(name, (14, 16, 30, 10, 12, 12))
    project_head(s, year=2027, name="柳汀区基本公共卫生服务项目", dept="柳汀区卫生健康局",
                 unit="柳汀区社区卫生服务中心", title=title, money=HEALTH_MONEY,
                 goals=[goal])  # fmt: skip
    table(s, H6, rows)
    footer(s, "赵梦琪", "0731-8869120", "2026年11月26日")


@variant("jo07-old-version-sheet", (7,), "project, NAT-2021, （修改稿） on the first sheet, the "
         "first draft with its faults kept on a visible second sheet 旧版（作废）")  # fmt: skip
def jo07() -> Book:
    b = Book()
    new = [
        ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "≥", 1.2, "万人"),
        (None, None, "高血压患者规范管理人数", "≥", 6500, "人"),
        (None, None, "家庭医生签约服务人数", "≥", 4.5, "万人"),
        (None, "质量指标", "老年人健康管理率", "≥", pct(0.72), "%"),
        (None, None, "电子健康档案建档率", "≥", pct(0.9), "%"),
        (None, "时效指标", "传染病报告及时率", "=", pct(1.0), "%"),
        ("成本指标", "经济成本指标", "人均基本公共卫生服务成本", "≤", 85, "元/人"),
        ("效益指标", "社会效益指标", "居民健康素养水平", "≥", pct(0.3), "%"),
        (None, "可持续影响指标", "家庭医生签约服务续约率", "≥", pct(0.8), "%"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥", pct(0.9), "%"),
    ]
    _health(new, "为辖区常住居民提供基本公共卫生服务，老年人健康管理1.2万人、家庭医生签约4.5万人，"
            "电子健康档案建档率达到90%。", "2027年度项目支出绩效目标申报表（修改稿）", b,
            "绩效目标表")  # fmt: skip
    old = [list(r) for r in new]
    old[4][4], old[4][5] = 9000, "份"
    old[5][3], old[5][4] = "≥", "100%"
    old[9][4] = pct(0.85)
    _health([tuple(r) for r in old], "为辖区常住居民提供基本公共卫生服务。",
            "2027年度项目支出绩效目标申报表（初稿）", b, "旧版（作废）")  # fmt: skip
    return b


@variant("jo08-hidden-old-sheet-left-faults", (7,), "project, NAT-2021, the old version on a "
         "hidden sheet: the 修改说明 claims a raised target the table does not carry, plan dates "
         "a year before the title")  # fmt: skip
def jo08() -> Book:
    b = Book()
    rows = [
        (
            "产出指标",
            "数量指标",
            "农村实用人才培训人次",
            "≥",
            mk(800, "D104", "warning", row=True, note="修改说明 says raised to ≥1000"),
            "人次",
        ),
        (None, None, "培训班期数", "≥", 20, "期"),
        (None, None, "高素质农民认定人数", "≥", 300, "人"),
        (None, "质量指标", "培训合格率", "≥", pct(0.95), "%"),
        (None, None, "培训后取得职业技能证书比例", "≥", pct(0.6), "%"),
        (None, "时效指标", "培训计划按期完成率", "≥", pct(0.95), "%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤", 1500, "元/人次"),
        ("效益指标", "经济效益指标", "参训农民人均增收", "≥", 2000, "元"),
        (None, "社会效益指标", "带动周边农户发展产业", "≥", 1500, "户"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", pct(0.9), "%"),
    ]
    for title, sheet in (("2027年度项目支出绩效目标申报表（修改稿）", "绩效目标"),
                         ("2027年度项目支出绩效目标申报表", "旧版")):  # fmt: skip
        s = b.sheet(sheet, (14, 16, 30, 10, 12, 12))
        current = sheet == "绩效目标"
        project_head(s, year=2027, name="沙湄县农村实用人才培训", dept="沙湄县农业农村局",
                     unit="沙湄县农业技术推广中心", title=title,
                     start=day(2026, 1, 1), end=day(2026, 12, 31),
                     money=[("年度资金总额", money(150, WAN), "其中：财政拨款", money(150, WAN)),
                            ("其他资金", money(0, WAN), None, None)],
                     goals=["2027年开展农村实用人才培训20期，培育高素质农民300人，"
                            "带动农户发展特色产业。"])  # fmt: skip
        plain = [("产出指标", "数量指标", "农村实用人才培训人次", "≥", 800, "人次"), *rows[1:]]
        table(s, H6, rows if current else [plain[i] for i in (0, 1, 2, 3, 5, 6, 7, 8, 9)])
        if current:
            revision(s, [
                "1. 按县财政局审核意见，将“农村实用人才培训人次”由“≥800人次”提高至"
                "“≥1000人次”，与年度资金相匹配；",
                "2. 补充“培训后取得职业技能证书比例”指标。",
            ], 6)  # fmt: skip
            footer(s, "孙建国", "0833-5136604", "2026年12月3日")
        else:
            s.ws.sheet_state = "hidden"
    b.file_mark(
        "Y101", "error", alt=("Y102",), note="title 2027, plan dates 2026-01-01 to 2026-12-31"
    )
    return b


@variant("jo09-hidden-rows", (4,), "project, OLD-NAT, 指标性质 (正向/反向) and 比较符 columns, "
         "（修改稿）: an old duplicate and a removed 预算执行率 row hidden")  # fmt: skip
def jo09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 10, 8, 10, 12))
    project_head(s, year=2027, name="岚峰市城市公园绿地养护", dept="岚峰市城市管理局",
                 unit="岚峰市园林绿化服务中心", title="2027年度项目支出绩效目标表（修改稿）",
                 money=[("年度资金总额", money(420, WAN), "其中：财政拨款", money(390, WAN)),
                        ("其他资金", money(30, WAN), None, None)],
                 goals=["做好市区185万平方米公园绿地日常养护，行道树修剪1.6万株，"
                        "保持城市绿化景观整洁。"])  # fmt: skip
    first = table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值",
                      "计量单位"), [
        ("产出指标", "数量指标", "公园绿地养护面积", "正向", "≥", 185, "万平方米"),
        (None, None, "行道树修剪", "正向", "≥", 1.6, "万株"),
        (None, None, "行道树修剪", "正向", "≥", ok(16000), "株"),
        (None, "质量指标", "绿地养护质量达标率", "正向", "≥", pct(0.95), "%"),
        (None, None, "新植苗木成活率", "正向", "≥", pct(0.92), "%"),
        (None, "时效指标", "病虫害防治响应时间", "反向", "≤", 48, "小时"),
        (None, "成本指标", "单位面积年养护成本", "反向", "≤", 2.1, "元/平方米"),
        (None, None, "项目预算执行率", "正向", "≥", ok(pct(0.9)), "%"),
        ("效益指标", "生态效益指标", "城市建成区绿化覆盖率", "正向", "≥", pct(0.42), "%"),
        (None, "社会效益指标", "市民游园人次", "正向", "≥", 900, "万人次"),
        (None, "可持续影响指标", "绿地养护长效管理机制", "正向", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "正向", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    hide(s, first + 2)
    hide(s, first + 7)
    footer(s, "吴雨桐", "0595-2290415", "2026年11月24日")
    return b


@variant("jo10-inserted-duplicate", (4, 11), "project, NAT-2021, （第二稿）: a raised target "
         "inserted under the old row without deleting it, a satisfaction rate with =")  # fmt: skip
def jo10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 10, 12, 12, 18))
    project_head(s, year=2027, name="青禾县农机深松整地作业补助", dept="青禾县农业农村局",
                 unit="青禾县农业机械化服务站", title="2027年度项目支出绩效目标申报表（第二稿）",
                 money=[("年度资金总额", money(360, WAN), "其中：财政拨款", money(300, WAN)),
                        ("其他资金", money(60, WAN), None, None)],
                 goals=["2027年完成农机深松整地作业12万亩，提高耕地蓄水保墒能力。"])  # fmt: skip
    first = table(s, (*H6, "备注"), [
        ("产出指标", "数量指标", "深松整地作业面积", "≥",
         mk(10, "D102", "error", row=True, required=False), "万亩", None),
        (None, None, "深松整地作业面积", "≥",
         mk(12, "D102", "error", row=True, note="the old row ≥10万亩 left in"), "万亩",
         "按审核意见调增"),
        (None, None, "补助农机作业服务组织", "≥", 45, "个", None),
        (None, "质量指标", "作业质量抽检合格率", "≥", pct(0.95), "%", None),
        (None, None, "深松作业深度达标率", "≥", pct(0.9), "%", None),
        (None, "时效指标", "补助资金兑付及时率", "≥", pct(0.95), "%", None),
        ("成本指标", "经济成本指标", "每亩作业补助标准", "≤", 30, "元/亩", None),
        ("效益指标", "经济效益指标", "项目区玉米亩均增产", "≥", 40, "公斤", None),
        (None, "生态效益指标", "土壤耕层厚度增加", "≥", 5, "厘米", None),
        (None, None, "秸秆焚烧发生率", "≥", ok(pct(0)), "%", "已删除"),
        ("满意度指标", "服务对象满意度指标", "作业农户满意度", "=",
         mk(pct(0.95), "T107", "warning", row=True), "%", None),
    ])  # fmt: skip
    fill(s, first + 1, range(3, 8), YELLOW)
    note(s, first + 1, 5, "第一稿为“≥10万亩”，与资金不匹配。")
    hide(s, first + 9)
    footer(s, "刘振华", "0558-7790213", "2026年12月2日")
    return b


@variant("jo11-flat-department-revised", (3,), "department, flat list with weights and a 合计 "
         "row, （修改稿）: an inserted row filled yellow, 批注 on two cells")  # fmt: skip
def jo11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 30, 12, 10, 12, 10))
    department_head(s, year=2027, dept="柳汀区司法局",
                    title="2027年度部门整体支出绩效目标申报表（修改稿）",
                    budget=[(money(865.2, WAN), money(845.2, WAN), money(20, WAN),
                             money(612.2, WAN), money(253, WAN))],
                    tasks=[("人民调解", "矛盾纠纷排查调处", 85, "调解成功率96%以上"),
                           ("法律援助", "法律援助案件办理", 98, "办理案件1100件以上"),
                           ("普法宣传", "“八五”普法宣传活动", 70, "开展普法活动150场以上"),
                           ("金额合计", None, 253, None)],
                    goal="深化人民调解、法律援助和普法宣传，提升公共法律服务水平。")  # fmt: skip
    s.row("年度绩效指标")
    first = table(s, ("序号", "指标名称", "计量单位", "指标性质", "指标值", "权重"), [
        (1, "人民调解案件受理数", "件", "≥", 2600, 10),
        (2, "人民调解成功率", "%", "≥", pct(0.96), 10),
        (3, "法律援助案件办理数", "件", "≥", 1100, 10),
        (4, "法律援助案件质量评查合格率", "%", "≥", pct(0.95), 10),
        (5, "普法宣传活动场次", "场", "≥", 150, 10),
        (6, "社区矫正对象再犯罪率", "%", "≤", pct(0.002, "0.0%"), 10),
        (7, "法律援助案件平均办理成本", "元/件", "≤", 850, 10),
        (8, "公共法律服务热线接通率", "%", "≥", pct(0.9), 10),
        (9, "行政规范性文件合法性审核率", "%", "=", pct(1.0), 10),
        (10, "群众满意度", "%", "≥", pct(0.9), 10),
        ("合计", None, None, None, None, 100),
    ], merged=())  # fmt: skip
    fill(s, first + 4, range(1, 7), YELLOW)
    note(s, first + 4, 2, "按审核意见补充普法宣传产出指标", "柳汀区司法局办公室")
    note(s, first + 6, 5, "已按法律援助补贴标准测算：1100件×850元=93.5万元", "柳汀区司法局办公室")
    footer(s, "黄佳怡", "0731-8841772", "2026年11月29日")
    return b


@variant(
    "jo12-department-inserted-task",
    (12, 5),
    "department, NAT-2021, （修改稿）: a task "
    "inserted without updating 金额合计, an inserted indicator under the wrong tier-1",
)
def jo12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 10, 12, 12))
    department_head(s, year=2027, dept="沙湄县应急管理局",
                    title="2027年度部门整体支出绩效目标申报表（修改稿）",
                    budget=[(money(540, WAN), money(520, WAN), money(20, WAN), money(350, WAN),
                             money(190, WAN))],
                    tasks=[("安全生产监管执法", "重点行业企业执法检查", 60, "检查企业420家次"),
                           ("应急救援队伍建设", "队伍训练、装备维护", 75, "开展应急演练12场"),
                           ("防灾减灾宣传", "防灾减灾日、安全生产月宣传", 30, "宣传覆盖全县乡镇"),
                           ("森林防火", "护林员巡查、防火物资", 45, "巡查3600人次"),
                           ("金额合计", None, mk(190, "B102", "error",
                                                 note="60 + 75 + 30 + 45 = 210"), None)],
                    goal="落实安全生产监管责任，提升应急救援和防灾减灾能力。")  # fmt: skip
    first = table(s, H6, [
        ("产出指标", "数量指标", "安全生产执法检查企业", "≥", 420, "家次"),
        (None, None, "应急演练", "≥", 12, "场"),
        (None, None, "森林防火巡查", "≥", 3600, "人次"),
        (None, mk("社会效益指标", "F105", "error"), "防灾减灾宣传覆盖乡镇比例", "=", pct(1.0), "%"),
        (None, "质量指标", "执法案卷合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "突发事件信息报送时间", "≤", 30, "分钟"),
        ("成本指标", "经济成本指标", "应急救援队员人均训练保障经费", "≤", 1.2, "万元/人"),
        ("效益指标", "社会效益指标", "生产安全事故死亡人数", "≤", 8, "人"),
        (None, "可持续影响指标", "基层应急管理体系", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "企业和群众满意度", "≥", pct(0.88), "%"),
    ])  # fmt: skip
    fill(s, first + 3, range(2, 7), YELLOW)
    footer(s, "马俊杰", "0833-5177320", "2026年11月30日")
    return b
