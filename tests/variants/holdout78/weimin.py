"""Returns of the 区卫健局 and the 区民政局: a three-year immunisation project, family-doctor
contracts, two 部门整体 tables (one with tasks, one a flat list) and a temporary-relief
project."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout78.common import project_money, signatures, wan
from tests.variants.holdout78.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "kj06-mianyi-three-years",
    (8,),
    "three-year project, NAT-2021, one 比较符 column before 中期 and 年度 value columns, "
    "unit column, merged tiers, percent cells",
)
def kj06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 8, 12, 12, 10))
    project_head(
        s,
        year=2027,
        years=3,
        name="蓝桥区预防接种服务能力提升",
        dept="蓝桥区卫生健康局（318031）",
        unit="蓝桥区疾病预防控制中心",
        money=project_money(360.0, 330.0, 30.0, annual=(120.0, 110.0, 10.0)),
        goals=[
            "三年内全区预防接种门诊全部达到规范化标准，更新冷链设备，"
            "免疫规划疫苗接种率持续保持在较高水平。",
            "本年度建设规范化预防接种门诊，更新冷链设备，培训接种人员，"
            "适龄儿童免疫规划疫苗接种率保持在95%以上。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "规范化预防接种门诊建设数量", "≥", 12, 4, "个"),
            (None, None, "接种人员培训人次", "≥", 900, 300, "人次"),
            (None, None, "冷链设备更新台数", "≥", 36, 12, "台"),
            (None, "质量指标", "适龄儿童免疫规划疫苗接种率", "≥", pct(0.95), pct(0.95), "%"),
            (None, None, "冷链温度监测达标率", "≥", pct(0.98), pct(0.98), "%"),
            (None, "时效指标", "疑似预防接种异常反应报告及时率", "≥", pct(0.95), pct(0.95), "%"),
            ("成本指标", "经济成本指标", "单个规范化门诊建设补助", "≤", 15, 15, "万元/个"),
            (
                "效益指标",
                "社会效益指标",
                "接种门诊规范化管理水平",
                None,
                "明显提升",
                "明显提升",
                None,
            ),
            (None, "可持续影响指标", "免疫规划工作机制", None, "健全", "健全", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "受种儿童家长满意度",
                "≥",
                pct(0.9),
                pct(0.9),
                "%",
            ),
        ],
        merged=(1, 2),
    )
    signatures(s, "宋嘉禾", "曹敏", "0579-86250341", (2026, 11, 21))
    return b


@variant(
    "kj07-jiating-yisheng",
    (4, 11),
    "project, OLD-NAT, merged tiers, one value column typed by hand (＞＝, ≥, >=, spaces), "
    "a blank row inside: plan dates a year before the title, a row pasted twice",
)
def kj07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 18, 18, 18))
    project_head(
        s,
        year=2027,
        name="蓝桥区家庭医生签约服务",
        dept="蓝桥区卫生健康局（318031）",
        unit="蓝桥区卫生健康局",
        money=project_money(150.0, 150.0, 0.0),
        start=day(2026, 1, 1),
        end=day(2026, 12, 31),
        goals=[
            "为辖区重点人群提供家庭医生签约服务，开展健康随访和慢病管理，提高居民健康管理水平。"
        ],
    )
    b.file_mark(
        "Y101", "error", alt=("Y102",), note="title 2027年度 but the plan dates run through 2026"
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "重点人群家庭医生签约人数", "＞＝ 32000 人"),
            (None, None, "家庭医生团队数量", "≥ 45 个"),
            (None, None, "签约居民健康随访人次", ">= 60000 人次"),
            (
                None,
                None,
                "签约居民健康随访人次",
                mk(
                    ">= 60000 人次",
                    "D101",
                    "warning",
                    row=True,
                    alt=("D102", "D103"),
                    note="the row above pasted twice",
                ),
            ),
            (None, "质量指标", "重点人群签约覆盖率", "≥ 75 %"),
            (None, None, "健康档案规范建档率", "≥ 90 %"),
            (None, "时效指标", "签约服务费拨付及时率", "≥ 95 %"),
            (None, "成本指标", "签约服务补助标准", "≤ 30 元/人·年"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.table(
        [
            ("效益指标", "社会效益指标", "重点人群健康管理水平", "有效提升"),
            (None, None, "居民看病就医便利程度", "明显提升"),
            (None, "可持续影响指标", "家庭医生签约服务机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥ 90 %"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("填报人：邵红梅", None, "联系电话：0579-86250362")
    return b


@variant(
    "kj08-minzheng-department",
    (12,),
    "部门整体, NAT-2021, budget and 年度主要任务 adding up, 比较符 and unit columns, "
    "merged tiers, percent cells",
)
def kj08() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 10, 16, 14))
    department_head(
        s,
        year=2027,
        dept="蓝桥区民政局",
        budget=[(wan(3860.0), wan(3780.0), wan(80.0), wan(1260.0), wan(2600.0))],
        tasks=[
            ("最低生活保障", "城乡低保金按月足额发放", wan(1500.0), "应保尽保"),
            ("特困人员供养", "特困人员集中和分散供养", wan(620.0), "应养尽养"),
            ("临时救助", "急难型和支出型临时救助", wan(180.0), "及时救助"),
            ("养老服务体系建设", "新建社区居家养老服务站", wan(300.0), "服务站建成运营"),
            ("金额合计", None, wan(2600.0), None),
        ],
        goal="落实社会救助兜底保障，困难群众基本生活得到有效保障；完善居家社区养老服务网络。",
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "城乡低保保障人数", "≥", 2100, "人"),
            (None, None, "特困人员供养人数", "≥", 380, "人"),
            (None, None, "临时救助人次", "≥", 900, "人次"),
            (None, None, "新建社区居家养老服务站数量", "≥", 6, "个"),
            (None, "质量指标", "低保对象认定准确率", "≥", pct(0.95), "%"),
            (None, None, "救助资金社会化发放率", "=", pct(1), "%"),
            (None, "时效指标", "低保金按月发放及时率", "=", pct(1), "%"),
            ("成本指标", "经济成本指标", "临时救助人均救助金额", "≤", 2000, "元/人次"),
            ("效益指标", "社会效益指标", "困难群众基本生活", None, "有效保障", None),
            (None, None, "社会救助政策知晓率", "≥", pct(0.85), "%"),
            (None, "可持续影响指标", "社会救助长效机制", None, "健全", None),
            ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    signatures(s, "邱永年", "戴琳", "0579-86260105", (2026, 11, 20))
    return b


@variant(
    "kj09-linshi-jiuzhu",
    (1, 11),
    "project, OLD-NAT, merged tiers, 比较符 column in mixed forms (≥, >=, ＞＝), unit "
    "column, percent cells: a rate of 105 %, no 满意度指标",
)
def kj09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 14, 14))
    project_head(
        s,
        year=2027,
        name="蓝桥区临时救助资金",
        dept="蓝桥区民政局（318012）",
        unit="蓝桥区民政局",
        attr="常年项目",
        money=project_money(180.0, 180.0, 0.0),
        goals=["对遭遇突发性、紧迫性、临时性困难的家庭和个人及时给予临时救助，帮助其渡过难关。"],
    )
    b.file_mark("F106", "error", note="no 满意度指标 though the project has identifiable users")
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "临时救助人次", "≥", 900, "人次"),
            (None, None, "急难型救助人次", ">=", 120, "人次"),
            (None, None, "乡镇（街道）临时救助备用金设立数量", "＞＝", 9, "个"),
            (
                None,
                "质量指标",
                "救助对象认定准确率",
                "≥",
                mk(pct(1.05), "T106", "error", note="105 % for a rate capped at 100 %"),
                "%",
            ),
            (None, None, "救助资金发放准确率", "=", pct(1), "%"),
            (None, "时效指标", "急难型救助审批时限", "≤", 3, "个工作日"),
            (None, "成本指标", "人均救助金额", "≤", 2000, "元/人次"),
            ("效益指标", "社会效益指标", "困难群众临时生活困难", None, "有效缓解", None),
            (None, None, "因灾因病返贫致贫发生率", "≤", pct(0.01), "%"),
            (None, "可持续影响指标", "临时救助协同办理机制", None, "健全", None),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("经办人：姚玉洁", None, "联系电话：0579-86260118")
    return b


@variant(
    "kj10-weijian-flat",
    (3, 10),
    "部门整体 with tasks, a flat list of indicators (指标名称 · 比较符 · 指标值 · 计量单位 · "
    "权重), weights adding to 100, percent cells, a ‰ rate",
)
def kj10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 18, 30, 12, 16, 12))
    department_head(
        s,
        year=2027,
        dept="蓝桥区卫生健康局",
        budget=[(wan(5420.0), wan(5100.0), wan(320.0), wan(2180.0), wan(3240.0))],
        tasks=[
            ("基本公共卫生服务", "健康档案、慢病和老年人健康管理", wan(1860.0), "服务全覆盖"),
            ("基层医疗机构能力建设", "社区卫生服务站标准化建设", wan(900.0), "达标建设"),
            ("免疫规划", "预防接种门诊规范化建设", wan(120.0), "接种率保持高位"),
            ("卫生健康监督执法", "公共场所和医疗机构监督检查", wan(360.0), "依法监管"),
            ("金额合计", None, wan(3240.0), None),
        ],
        goal="巩固基本公共卫生服务均等化水平，提升基层医疗服务能力，保障辖区居民健康。",
    )
    s.row("序号", "指标名称", None, "比较符", "指标值", "计量单位", "权重", merge=[(2, 3)])
    rows = [
        ("居民电子健康档案建档率", "≥", pct(0.9), "%"),
        ("适龄儿童免疫规划疫苗接种率", "≥", pct(0.95), "%"),
        ("老年人健康管理率", "≥", pct(0.72), "%"),
        ("高血压患者规范管理率", "≥", pct(0.65), "%"),
        ("孕产妇系统管理率", "≥", pct(0.9), "%"),
        ("婴儿死亡率", "≤", 5, "‰"),
        ("卫生监督检查单位户数", "≥", 1500, "户"),
        ("社区卫生服务站标准化建设数量", "≥", 8, "个"),
        ("法定传染病疫情报告及时率", "≥", pct(0.95), "%"),
        ("群众就医满意度", "≥", pct(0.9), "%"),
    ]
    for i, (name, op, value, unit) in enumerate(rows, start=1):
        s.row(i, name, None, op, value, unit, 10, merge=[(2, 3)])
    s.row("合计", None, None, None, None, None, 100, merge=[(1, 6)])
    signatures(s, "宋嘉禾", "彭晓霞", "0579-86250310", (2026, 11, 20))
    return b
