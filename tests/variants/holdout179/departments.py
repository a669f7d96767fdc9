"""部门整体 tables of a county 卫生健康局 and a city 疾病预防控制中心, and stacked projects of
county units (each project its own head, money and indicator table on one sheet)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout179.common import YEAR, indicators, notes, one_year
from tests.variants.holdout179.registry import variant
from tests.variants.kit import Book, mk

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "og11-county-bureau-department",
    (3, 12),
    "department, NAT-2021, county 卫生健康局: budget split both ways, four key tasks "
    "adding to 项目支出, one value column",
)
def og11() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 32, 16, 16, 16))
    department_head(
        s, year=YEAR, dept="柳塘县卫生健康局", budget=[(8650, 8200, 450, 3150, 5500)],
        tasks=[
            ("基本公共卫生服务", "居民健康档案、慢病和老年人健康管理等服务", 2300,
             "居民电子健康档案建档22万人"),
            ("家庭医生签约服务", "家庭医生团队签约履约和补助", 600, "家庭医生签约9万人"),
            ("院前急救体系建设", "新建急救站点、购置救护车", 1800, "新建急救站点4个"),
            ("妇幼健康服务", "孕产妇健康管理和新生儿疾病筛查", 800, "孕产妇系统管理率90%以上"),
            ("金额合计", None, 5500, None),
        ],
        goal="建成覆盖城乡的基本公共卫生服务体系，居民电子健康档案建档22万人，家庭医生签约9万人，"
             "新建急救站点4个，孕产妇系统管理率达到90%以上。",
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "居民电子健康档案建档人数", "≥22万人"),
        (None, None, "家庭医生签约人数", "≥9万人"),
        (None, None, "新建急救站点数量", "≥4个"),
        (None, "质量指标", "高血压患者规范管理率", "≥65%"),
        (None, None, "孕产妇系统管理率", "≥90%"),
        (None, "时效指标", "项目资金拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "人均基本公共卫生服务补助标准", "≤94元/人"),
        ("效益指标", "社会效益指标", "居民健康素养水平", "≥27%"),
        (None, None, "婴儿死亡率", "≤5‰"),
        (None, "可持续影响指标", "基层医疗卫生服务体系", "持续完善"),
        ("满意度指标", "服务对象满意度指标", "群众就医满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "og12-city-cdc-department",
    (3, 12),
    "department, NAT-2021, city 疾控中心, 实施周期 and 年度 columns: 基本支出 + 项目支出 "
    "miss the 资金总额, an indicator typed twice",
)
def og12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 32, 16, 16, 16))
    total = mk(5200, "B101", "error", note="基本支出 2100 + 项目支出 3000 = 5100 ≠ 5200")
    department_head(
        s, year=YEAR, dept="青岚市疾病预防控制中心", budget=[(total, 4800, 400, 2100, 3000)],
        tasks=[
            ("免疫规划", "免疫规划疫苗接种和冷链管理", 1200, "接种60万剂次"),
            ("传染病监测", "传染病监测预警和实验室检测", 1000, "检测样本5万份"),
            ("慢性病防控", "慢性病及危险因素监测", 500, "监测3000人"),
            ("健康素养促进", "健康教育和健康素养监测", 300, "居民健康素养水平30%以上"),
            ("金额合计", None, 3000, None),
        ],
        goal="完成免疫规划疫苗接种60万剂次，检测传染病监测样本5万份，开展慢性病危险因素监测3000人，"
             "居民健康素养水平达到30%以上。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "免疫规划疫苗接种剂次", "≥60万剂次", "≥60万剂次"),
        (None, None, "传染病监测样本检测数", "≥5万份", "≥5万份"),
        (None, None, "慢性病危险因素监测人数", "≥3000人", "≥3000人"),
        (None, "质量指标", "适龄儿童免疫规划疫苗接种率", "≥95%", "≥95%"),
        (None, None, "实验室室间质评合格率", "≥95%", "≥95%"),
        (None, "时效指标", "传染病疫情报告及时率", "≥98%", "≥98%"),
        (None, None, "突发公共卫生事件报告时限", "≤2小时", "≤2小时"),
        (None, None, mk("传染病疫情报告及时率", "D101", "warning", row=True, alt=("D103",),
                        note="the same indicator two rows above"), "≥98%", "≥98%"),
        ("成本指标", "经济成本指标", "单份样本检测成本", "≤120元/份", "≤120元/份"),
        ("效益指标", "社会效益指标", "居民健康素养水平", "≥30%", "≥30%"),
        (None, None, "免疫规划疫苗针对传染病暴发疫情", "=0起", "=0起"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "og13-stacked-literacy-cold-chain",
    (2, 5),
    "two projects stacked, OLD-NAT, one value column: a vague count in the first, a "
    "满意度 tier-2 under 效益指标 in the second",
)
def og13() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=YEAR, name="健康素养促进行动", dept="柳塘县卫生健康局",
        unit="柳塘县疾病预防控制中心", money=one_year(45, 45, 0),
        goals=["开展健康教育讲座80场，深入社区开展健康素养宣传，居民健康素养水平提升2个百分点以上。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "健康教育讲座场次", "≥80场"),
        (None, None, "健康素养宣传进社区次数",
         mk("若干", "T102", "warning", row=True, alt=("T116", "T104"),
            note="若干 is not a measurable target")),
        (None, "质量指标", "健康素养监测问卷合格率", "≥95%"),
        (None, "时效指标", "宣传活动完成时间", "2027年11月30日前"),
        (None, "成本指标", "健康教育讲座场均成本", "≤1500元/场"),
        ("效益指标", "社会效益指标", "居民健康素养水平提升", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "参与居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=YEAR, name="预防接种门诊冷链设备运维项目", dept="柳塘县卫生健康局",
        unit="柳塘县疾病预防控制中心", money=one_year(68, 60, 8), title="",
        goals=["对全县120台冷链设备开展定期巡检和维修，冷链设备完好率保持在98%以上。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "运维冷链设备数量", "≥120台"),
        (None, None, "每台设备年巡检次数", "≥4次"),
        (None, "质量指标", "冷链设备完好率", "≥98%"),
        (None, "时效指标", "故障维修响应时限", "≤24小时"),
        (None, "成本指标", "单台设备年运维成本", "≤5000元/台"),
        ("效益指标", "社会效益指标", "冷链温度异常事件", "=0起"),
        (None, mk("服务对象满意度指标", "F105", "error", row=True,
                  note="belongs under 满意度指标"), "冷链设备使用单位满意度", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受种者家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "og14-stacked-waste-literacy",
    (2,),
    "two projects stacked, OLD-NAT, one value column, the same 群众满意度 with different "
    "targets in the two projects, a signature line",
)
def og14() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (16, 18, 32, 18, 16, 16))
    project_head(
        s, year=YEAR, name="乡镇卫生院医疗废物收运处置项目", dept="白石县卫生健康局",
        unit="白石县卫生健康局", money=one_year(85, 85, 0),
        goals=["对全县12所乡镇卫生院的医疗废物实行集中收运处置，年收运量260吨以上。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "医疗废物收运量", "≥260吨"),
        (None, None, "覆盖乡镇卫生院数量", "≥12所"),
        (None, "质量指标", "医疗废物规范处置率", "100%"),
        (None, "时效指标", "医疗废物收运周期", "≤2天"),
        (None, "成本指标", "医疗废物收运处置补助标准", "≤3000元/吨"),
        ("效益指标", "生态效益指标", "医疗废物流失泄漏事件", "=0起"),
        (None, "社会效益指标", "医疗废物管理培训覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=YEAR, name="基层健康素养促进项目", dept="白石县卫生健康局",
        unit="白石县健康教育所", money=one_year(40, 36, 4), title="",
        goals=["开展健康科普讲座60场，完成年度健康素养监测，居民健康素养水平达到26%以上。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "健康科普讲座场次", "≥60场"),
        (None, "质量指标", "健康素养监测问卷有效率", "≥95%"),
        (None, "时效指标", "年度监测报告完成时间", "2027年12月20日前"),
        (None, "成本指标", "健康科普讲座场均成本", "≤1800元/场"),
        ("效益指标", "社会效益指标", "居民健康素养水平", "≥26%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥92%"),
    ])  # fmt: skip
    notes(s, ["单位负责人：黄建明　　填表人：刘佳　　联系电话：0797-6623158"])
    return b
